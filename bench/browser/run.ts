// Chromium figures for `npm run bench`: typing latency in the app (preview and checks on) beside a
// bare Tiptap editor holding the same document, preview refresh after typing stops, and opening a
// release from the library. The app runs over the same bridge as the e2e tests, against a real store.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import sirv from 'sirv';
import { build } from 'vite';
import { rawText } from '../../common/doc/walk';
import type { Doc, DocNode } from '../../common/model/doc';
import { emptyContent } from '../../common/model/release';
import { openBridge } from '../../tests/e2e/support/bridge';
import { generateRelease } from '../../tests/helpers/generateRelease';
import { ROOT } from '../../tests/helpers/paths';
import { tempDir } from '../../tests/helpers/tempDir';
import { writeFile, mkdir } from 'node:fs/promises';
import { frameGapsDuringImport, installKeyProbe, openFromLibrary, waitForPreview } from './measure';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Spread {
  p50: number;
  p95: number;
  n: number;
}
export interface BrowserResults {
  typing: { app: Spread; bare: Spread; words: number; chars: number };
  previewMs: Spread;
  openMs: Spread;
  /** Longest frame gaps (ms) while a batch of files imports, and idle just before. */
  importStall: { files: number; importing: number; idle: number; frames: number; over50: number };
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

function serve(folder: string): Promise<Server> {
  const handler = sirv(folder, { dev: true, etag: false });
  const server = createServer((request, response) => handler(request, response));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

/** A body of `words` words: the generated release's paragraphs and quotes, repeated. */
function longBody(words: number): Doc {
  const blocks: DocNode[] = [];
  let count = 0;
  for (let seed = 1; count < words; seed++) {
    for (const block of generateRelease(seed).body.content) {
      if (block.type !== 'paragraph' || count >= words) continue;
      blocks.push(block);
      count += JSON.stringify(block).split(/\s+/).length;
    }
  }
  return { type: 'doc', content: blocks };
}

async function typeAndMeasure(page: Page, text: string): Promise<number[]> {
  await page.evaluate(installKeyProbe);
  await page.getByTestId('body-editor').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies = []));
  await page.keyboard.type(text, { delay: 35 });
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

/** A text release as a press office pastes it: type, headline, dateline paragraph, body. */
function importText(seed: number): string {
  const release = generateRelease(seed);
  const words = release.body.content.map(rawText);
  return ['Press release', release.headline || 'Untitled', `VIENNA, 12 May 2026 – ${words.join('\n\n')}`].join('\n\n');
}

/** File ▸ Import… of `files` text files, the window's frames watched while they are read. */
async function importBatchStall(
  page: Page,
  bridge: Awaited<ReturnType<typeof openBridge>>,
  dir: string,
  files: number,
) {
  const folder = join(dir, 'to-import');
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < files; i++) {
    paths.push(join(folder, `release-${i}.txt`));
    await writeFile(paths[i]!, importText(100 + i));
  }
  bridge.dialogs.importPaths = paths;
  await page.exposeFunction('__clickImport', () => page.getByRole('button', { name: 'Import…' }).click());
  await page.evaluate(() => {
    (window as unknown as { __startImport: () => void }).__startImport = () =>
      void (window as unknown as { __clickImport: () => Promise<void> }).__clickImport();
  });
  const gaps = await page.evaluate(frameGapsDuringImport, 1500);
  await page.getByRole('dialog', { name: /^Review the import/ }).waitFor();
  return { files, ...gaps };
}

/**
 * Runs the browser figures; `chars` keystrokes into a body of `words` words. `appDir` is the built
 * renderer (out/renderer by default; another folder measures a build without touching the e2e one).
 */
export async function browserBench(options: {
  words: number;
  chars: number;
  appDir?: string;
}): Promise<BrowserResults> {
  const bareOut = join(ROOT, 'out', 'bench-bare');
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'browser', 'bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true },
  });
  const [appServer, bareServer] = await Promise.all([
    serve(options.appDir ?? join(ROOT, 'out', 'renderer')),
    serve(bareOut),
  ]);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const { dir, cleanup } = await tempDir('dateline-bench-');
  // tsx names functions with an `__name` helper that page functions would not find.
  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript('window.__name = (f) => f');
    return page;
  };
  try {
    const body = longBody(options.words);
    const text = 'The delegations agreed to continue the dialogue in Vienna next spring. '
      .repeat(Math.ceil(options.chars / 70))
      .slice(0, options.chars);

    const bare = await newPage();
    await bare.addInitScript((doc) => ((window as unknown as { __benchDoc: unknown }).__benchDoc = doc), body);
    await bare.goto(urlOf(bareServer));
    await bare.waitForFunction(() => (window as unknown as { __benchReady?: boolean }).__benchReady);
    const bareLatencies = await typeAndMeasure(bare, text);
    await bare.close();

    const page = await newPage();
    const bridge = await openBridge(page, dir);
    const samples = [generateRelease(11), generateRelease(12)];
    for (const sample of samples) await bridge.core.releases.create({ ...sample, headline: sample.headline });
    await bridge.core.releases.create(emptyContent({ headline: 'Ten thousand words', body }));
    await page.goto(urlOf(appServer));
    await page.getByRole('navigation', { name: 'Releases' }).getByRole('listitem').nth(2).waitFor();

    // Opening: the two release-sized rows in turn (the long one is first, as the newest).
    const opens: number[] = [];
    for (let i = 0; i < 12; i++) {
      const index = 1 + (i % 2);
      const release = samples[1 - (index - 1)]!;
      const first = JSON.stringify(release.body.content[0] ?? {}).match(/"text":"([^"]{1,20})/)?.[1] ?? '';
      opens.push(await page.evaluate(openFromLibrary, { index, expect: first.replace(/\\"/g, '"') }));
    }

    await page.getByRole('navigation', { name: 'Releases' }).getByRole('listitem').first().getByRole('button').click();
    await page.getByTestId('body-editor').waitFor();
    const appLatencies = await typeAndMeasure(page, text);

    const previews: number[] = [];
    for (let i = 0; i < 8; i++) {
      const marker = `zqx${i}marker`;
      await page.keyboard.type(` ${marker}`, { delay: 35 });
      previews.push(await page.evaluate(waitForPreview, marker));
      await page.waitForTimeout(300);
    }
    const importStall = await importBatchStall(page, bridge, dir, 300);
    await page.close();
    await bridge.close();
    return {
      importStall,
      typing: { app: spread(appLatencies), bare: spread(bareLatencies), words: options.words, chars: options.chars },
      previewMs: spread(previews),
      openMs: spread(opens),
    };
  } finally {
    await browser.close();
    appServer.close();
    bareServer.close();
    await cleanup();
  }
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) {
  const results = await browserBench({ words: 10_000, chars: 300 });
  console.log(JSON.stringify(results, null, 2));
}
