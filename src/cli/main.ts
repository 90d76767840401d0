/**
 * `parallax` command line (DESIGN.md, "Command line"): corpus and scan, readable or --json.
 * Bad input: one line on stderr and a non-zero exit code.
 */
import { parseArgs } from 'node:util';
import { runCorpus } from './corpus-command';
import { runScan } from './scan-command';
import { CliError } from './cli-error';

const USAGE = `usage:
  parallax corpus [--from DIR] [--json]
  parallax scan FILE [--corpus PACK.json] [--json]`;

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        from: { type: 'string' },
        corpus: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      process.stdout.write(`${USAGE}\n`);
      return values.help ? 0 : 2;
    }
    let output: string;
    if (command === 'corpus') {
      if (rest.length > 0) throw new CliError(`corpus takes no file arguments (got ${rest.join(' ')})`);
      output = runCorpus({ from: values.from ?? null, json: values.json });
    } else if (command === 'scan') {
      const [file, ...extra] = rest;
      if (!file || extra.length > 0) throw new CliError('scan takes exactly one FILE');
      output = runScan({ file, corpus: values.corpus ?? null, json: values.json });
    } else {
      throw new CliError(`unknown command "${command}" (try: corpus, scan)`);
    }
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parallax: ${message.split('\n')[0] ?? message}\n`);
    return error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? 2
      : 1;
  }
}
