import { defineConfig } from '@playwright/test';

export const E2E_PORT = Number(process.env.DATELINE_E2E_PORT ?? 4517);

/** Debian's Chromium: Playwright's own browser download cannot run here. */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  // Generous: these machines are shared, and a step that takes 1 s alone can take 5 under load.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${E2E_PORT}/`,
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
        trace: 'retain-on-failure',
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `tsx tests/e2e/support/serve.ts ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    // Never test a server left from another build: a busy port is an error, not a server to reuse.
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
