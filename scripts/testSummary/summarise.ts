// Totals over every suite `npm test` ran, from the runners' JSON reports: pure, so a test can feed it reports.

export interface Counts {
  passed: number;
  /** Passed only on a retry: counted apart and named, never hidden among the passed. */
  flaky: number;
  failed: number;
  skipped: number;
}

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

interface PlaywrightTest {
  projectName: string;
  status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
}
interface PlaywrightSuite {
  title: string;
  specs?: { title: string; tests: PlaywrightTest[] }[];
  suites?: PlaywrightSuite[];
}
export interface PlaywrightReport {
  suites: PlaywrightSuite[];
}

/** The Playwright project that may skip all of its tests: the Electron suite, where no binary exists. */
const MAY_SKIP = new Set(['electron']);

const zero = (): Counts => ({ passed: 0, flaky: 0, failed: 0, skipped: 0 });

export function vitestCounts(report: VitestReport): Counts {
  return {
    passed: report.numPassedTests,
    flaky: 0,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Counts per Playwright project, and the names of the flaky tests. */
export function playwrightCounts(report: PlaywrightReport): { projects: Map<string, Counts>; flaky: string[] } {
  const projects = new Map<string, Counts>();
  const flaky: string[] = [];
  const walk = (suite: PlaywrightSuite, path: string[]): void => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const counts = projects.get(test.projectName) ?? zero();
        projects.set(test.projectName, counts);
        if (test.status === 'expected') counts.passed++;
        else if (test.status === 'unexpected') counts.failed++;
        else if (test.status === 'skipped') counts.skipped++;
        else {
          counts.flaky++;
          flaky.push([...path, spec.title].filter(Boolean).join(' › '));
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.title]);
  return { projects, flaky };
}

const line = (c: Counts) => `${c.passed} passed, ${c.flaky} flaky, ${c.failed} failed, ${c.skipped} skipped`;

/** The lines to print and whether the run is good: nothing failed, and every suite that must run ran. */
export function summarise(vitest: VitestReport, playwright: PlaywrightReport): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  const problems: string[] = [];
  const unit = vitestCounts(vitest);
  const { projects, flaky } = playwrightCounts(playwright);
  const e2e = zero();
  for (const [name, counts] of projects) {
    for (const key of Object.keys(e2e) as (keyof Counts)[]) e2e[key] += counts[key];
    if (!MAY_SKIP.has(name) && counts.passed + counts.flaky + counts.failed === 0)
      problems.push(`Every ${name} end-to-end test was skipped: that suite did not really run.`);
  }
  if (unit.passed + unit.failed === 0) problems.push('No unit test ran.');
  if (![...projects.keys()].some((name) => !MAY_SKIP.has(name)))
    problems.push('The end-to-end report holds no browser test.');
  lines.push(`unit: ${line(unit)}`, `end-to-end: ${line(e2e)}`);
  for (const name of flaky) lines.push(`flaky (passed on a retry): ${name}`);
  lines.push(...problems);
  const total = zero();
  for (const counts of [unit, e2e]) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
  lines.push(line(total));
  return { lines, ok: total.failed === 0 && problems.length === 0 };
}
