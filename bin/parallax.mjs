#!/usr/bin/env node
// The `parallax` command: runs the TypeScript CLI (src/cli/main.ts) through tsx, so the CLI and
// the extension share one core without a separate build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
