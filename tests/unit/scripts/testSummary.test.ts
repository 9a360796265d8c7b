import { describe, expect, it } from 'vitest';
import config from '../../../playwright.config';
import { summarise, type PlaywrightReport } from '../../../scripts/testSummary/summarise';

const unit = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0 };
type Status = 'expected' | 'unexpected' | 'flaky' | 'skipped';

/** A Playwright JSON report with one spec per test, in a file suite per project. */
function report(tests: [project: string, title: string, status: Status][]): PlaywrightReport {
  return {
    suites: [
      {
        title: 'tests/e2e/a.spec.ts',
        specs: tests.map(([projectName, title, status]) => ({ title, tests: [{ projectName, status }] })),
      },
    ],
  };
}

describe('test summary', () => {
  it('totals every suite and passes a clean run with a skipped Electron suite', () => {
    const { lines, ok } = summarise(
      unit,
      report([
        ['chromium', 'opens', 'expected'],
        ['chromium', 'saves', 'expected'],
        ['electron', 'launches', 'skipped'],
      ]),
    );
    expect(ok).toBe(true);
    expect(lines.at(-1)).toBe('12 passed, 0 flaky, 0 failed, 2 skipped');
  });

  it('counts a flaky test apart from the passed ones and names it', () => {
    const { lines } = summarise(
      unit,
      report([
        ['chromium', 'opens', 'expected'],
        ['chromium', 'autosaves while typing', 'flaky'],
      ]),
    );
    expect(lines).toContain('end-to-end: 1 passed, 1 flaky, 0 failed, 0 skipped');
    expect(lines).toContain('flaky (passed on a retry): tests/e2e/a.spec.ts › autosaves while typing');
    expect(lines.at(-1)).toBe('11 passed, 1 flaky, 0 failed, 1 skipped');
  });

  it('fails a run in which every browser end-to-end test was skipped', () => {
    const { lines, ok } = summarise(
      unit,
      report([
        ['chromium', 'opens', 'skipped'],
        ['electron', 'launches', 'skipped'],
      ]),
    );
    expect(ok).toBe(false);
    expect(lines).toContain('Every chromium end-to-end test was skipped: that suite did not really run.');
  });

  it('fails a run with a failed test or an empty browser report', () => {
    expect(summarise(unit, report([['chromium', 'opens', 'unexpected']])).ok).toBe(false);
    expect(summarise(unit, report([['electron', 'launches', 'skipped']])).ok).toBe(false);
  });
});

describe('Playwright config', () => {
  it('starts its own server for this build instead of testing whatever already listens on the port', () => {
    const servers = [config.webServer].flat();
    expect(servers).toHaveLength(1);
    expect(servers[0]!.reuseExistingServer).toBe(false);
  });
});
