// Prints one closing line over every suite `npm test` ran, from the runners' JSON reports.
import { existsSync, readFileSync } from 'node:fs';
import { summarise } from './testSummary/summarise';

const REPORTS = '.reports';

function read<T>(file: string, suite: string): T {
  if (!existsSync(`${REPORTS}/${file}`)) {
    console.error(`No ${suite} report in ${REPORTS}/${file}: that suite did not run.`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(`${REPORTS}/${file}`, 'utf8')) as T;
}

const { lines, ok } = summarise(read('vitest.json', 'unit'), read('playwright.json', 'end-to-end'));
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
