// Prints one closing line over every suite `npm test` ran, from the runners' JSON reports.
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const REPORTS = '.reports';

function vitest(): Counts {
  const report = JSON.parse(readFileSync(`${REPORTS}/vitest.json`, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwright(): Counts {
  const report = JSON.parse(readFileSync(`${REPORTS}/playwright.json`, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const suites: [string, () => Counts][] = [
  ['unit', vitest],
  ['end-to-end', playwright],
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, read] of suites) {
  const file = name === 'unit' ? 'vitest.json' : 'playwright.json';
  if (!existsSync(`${REPORTS}/${file}`)) {
    console.error(`No ${name} report in ${REPORTS}/${file}: that suite did not run.`);
    process.exit(1);
  }
  const counts = read();
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
