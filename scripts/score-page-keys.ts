/**
 * Scores the golden scans against the blind answer keys (tests/fixtures/pages/event*-key.md): for
 * each event page, which of its reported fact codes (F1–F8) the scan finds, and which codes the key
 * lists as not reported that it finds all the same; then the near-miss pages that give any fact.
 * The codes are the event's eight claims, each one fact of the shipped pack.
 * Usage: npx tsx scripts/score-page-keys.ts [--verbose] [SCANS_DIR]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));
const DEFAULT_SCANS_DIR = fileURLToPath(new URL('../tests/fixtures/scans/', import.meta.url));

/** The keys' fact codes, as facts of the shipped pack. */
const CODE_FACTS: Record<string, string> = {
  F1: 'fact:a-hamas-delegation-led-by-abu-marzouk-is',
  F2: 'fact:israel-demands-that-russia-expel-the-hamas-delegation',
  F3: 'fact:hamas-is-a-terrorist-organization-worse-than-isis',
  F4: 'fact:hamas-officials-hands-are-stained-with-the-blood',
  F5: 'fact:peskov-the-delegation-did-not-meet-putin',
  F6: 'fact:moscow-contacts-must-be-kept-with-all-parties',
  F7: 'fact:the-hamas-delegation-met-iran-s-deputy-foreign',
  F8: 'fact:the-talks-were-about-releasing-hostages-and-evacuating',
};

interface KeyedPage {
  file: string;
  reported: Set<string>;
  notReported: Set<string>;
}

/** The event pages a key describes, with the codes it lists for each. */
function keyedPages(key: string): KeyedPage[] {
  return key
    .split('\n## ')
    .slice(1)
    .flatMap((section) => {
      const file = section.split(' ')[0]?.trim() ?? '';
      if (!file.startsWith('event') || !file.endsWith('.html')) return [];
      const reported = new Set([...section.matchAll(/^- (F\d) \(/gm)].map((match) => match[1] ?? ''));
      const line = /Not reported: ([^\n]*)/.exec(section)?.[1] ?? '';
      const notReported = new Set([...line.matchAll(/F\d/g)].map((match) => match[0]));
      return [{ file, reported, notReported }];
    });
}

const factIds = (scansDir: string, page: string): string[] | null => {
  const path = join(scansDir, page.replace(/\.html$/, '.expected.json'));
  if (!existsSync(path)) return null;
  const scan = JSON.parse(readFileSync(path, 'utf8')) as { facts: Array<{ id: string }> };
  return scan.facts.map((fact) => fact.id);
};

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const scansDir = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_SCANS_DIR;
  const keys = readdirSync(PAGES_DIR)
    .filter((name) => /^event\d+-key\.md$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  let codes = 0;
  let found = 0;
  let unreported = 0;
  for (const key of keys) {
    for (const page of keyedPages(readFileSync(join(PAGES_DIR, key), 'utf8'))) {
      const ids = factIds(scansDir, page.file);
      if (!ids) continue;
      const has = (code: string): boolean => ids.includes(CODE_FACTS[code] ?? '');
      const missing = [...page.reported].filter((code) => !has(code));
      const extra = [...page.notReported].filter(has);
      codes += page.reported.size;
      found += page.reported.size - missing.length;
      unreported += extra.length;
      if (verbose || missing.length + extra.length > 0)
        console.log(
          `${page.file}: ${page.reported.size - missing.length}/${page.reported.size}` +
            (missing.length ? ` missing ${missing.join(' ')}` : '') +
            (extra.length ? ` found though not reported ${extra.join(' ')}` : ''),
        );
    }
  }
  const nearMisses = readdirSync(scansDir).filter((name) => name.startsWith('nearmiss'));
  let withFacts = 0;
  let nearMissFacts = 0;
  for (const name of nearMisses) {
    const ids = factIds(scansDir, name.replace('.expected.json', '.html')) ?? [];
    if (ids.length === 0) continue;
    withFacts++;
    nearMissFacts += ids.length;
    console.log(`${name}: ${ids.length} facts (${ids.join(', ')})`);
  }
  console.log(
    `keys: ${found} of ${codes} fact codes; ${unreported} codes found that the keys list as not reported`,
  );
  console.log(`near misses: ${nearMissFacts} facts on ${withFacts} of ${nearMisses.length} pages`);
}

main();
