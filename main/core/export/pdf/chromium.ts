import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DatelineError } from '../../../../preload/errors';
import { MARGINS, pageInches, type PdfPrinter, type PrintJob } from '.';
import { PAGES_AT_ONCE, surfacePool } from './pool';

/** Where Chrome, Chromium or Edge is installed on each system, most likely first. */
function candidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const windows = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...windows.flatMap((base) => [
      join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(base, 'Chromium', 'Application', 'chrome.exe'),
    ]),
  ].filter(Boolean);
}

/** The system's Chrome or Chromium, or undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // A browser named on purpose is the only one tried: a wrong name must not print with another.
  if (env.DATELINE_CHROMIUM) return existsSync(env.DATELINE_CHROMIUM) ? env.DATELINE_CHROMIUM : undefined;
  return candidates(env).find((path) => existsSync(path));
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-extensions',
  '--no-first-run',
];

/**
 * Prints through a Chromium that Playwright drives: one browser for a whole batch, two contexts in it,
 * scripts off and every request refused, so a print is the export's HTML and nothing else.
 */
export async function chromiumPrinter(executablePath = findChromium()): Promise<PdfPrinter> {
  if (!executablePath)
    throw new DatelineError(
      'NOT_ALLOWED',
      process.env.DATELINE_CHROMIUM
        ? `PDF needs Google Chrome, Chromium or Microsoft Edge, and DATELINE_CHROMIUM names ${process.env.DATELINE_CHROMIUM}, which does not exist. Set it to the browser's program file.`
        : 'PDF needs Google Chrome, Chromium or Microsoft Edge, and none was found. Install one, or set DATELINE_CHROMIUM to its program file.',
    );
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: ARGS });
  } catch (error) {
    throw new DatelineError(
      'NOT_ALLOWED',
      `PDF needs a Chromium that starts; ${executablePath} did not (${(error as Error).message.split('\n')[0]}). Set DATELINE_CHROMIUM to another one.`,
    );
  }
  // Each surface is a context of its own: pages of one context were measured to print one at a time.
  const pool = surfacePool(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    return { print: (job) => printOn(page, job), close: () => context.close() };
  }, PAGES_AT_ONCE);
  return {
    print: (job) => pool.print(job),
    async close() {
      await pool.close();
      await browser.close();
    },
  };
}

async function printOn(page: Page, job: PrintJob): Promise<Buffer> {
  await page.setContent(job.html, { waitUntil: 'load' });
  const size = pageInches(job.paper);
  return page.pdf({
    width: `${size.width}in`,
    height: `${size.height}in`,
    margin: MARGINS,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: job.headerTemplate,
    footerTemplate: job.footerTemplate,
    tagged: true,
    outline: true,
  });
}
