// Benchmarks ReleaseStore (one file per release) against a naive single-file lowdb store.
// Usage: npx tsx bench/store.ts [--sizes 100,10000] [--saves 50] [--naive-saves-large 20]
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Doc, DocNode } from '../common/model/doc';
import { RELEASE_SCHEMA_VERSION, emptyContent, type Release, type ReleaseContent } from '../common/model/release';
import { RELEASES_DIR, ReleaseStore } from '../main/core/store/releaseStore';

type NaiveData = { releases: Release[] };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}
function positiveInt(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a positive integer: "${text}"`);
  return n;
}
const SIZES = Array.from(arg('sizes', '100,10000').split(','), (s) => positiveInt(s, 'sizes'));
const SAVES = positiveInt(arg('saves', '50'), 'saves');
// A naive save at 10k rewrites ~70 MB (1-2 s), so above 1,000 releases it gets fewer runs.
const NAIVE_SAVES_LARGE = positiveInt(arg('naive-saves-large', '20'), 'naive-saves-large');
const OPEN_RUNS = 3;
const SEED = 20261122;

// mulberry32: a tiny seeded PRNG so every run generates the same text and edit sequence.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = prng(SEED);
const int = (min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const WORDS = (
  'announce announced today company launch new platform customers partners global leading provider solution ' +
  'solutions innovative industry growth revenue quarter annual market markets sustainable energy digital ' +
  'services technology products team chief executive officer said year expand expansion across europe ' +
  'region investment million strategic partnership agreement committed deliver quality community ' +
  'communities employees headquarters support program research development award recognised first largest ' +
  'operations network further information available website contact media financial results reported ' +
  'increase percent compared previous period board directors shareholders future'
).split(' ');
const CITIES = ['LONDON', 'BERLIN', 'PARIS', 'MADRID', 'AMSTERDAM', 'DUBLIN', 'OSLO', 'VIENNA'];
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function sentence(): string {
  const words = Array.from({ length: int(12, 24) }, () => pick(WORDS));
  return `${capital(words.join(' '))}.`;
}
function paragraph(lead = ''): DocNode {
  const text = lead + Array.from({ length: int(2, 4) }, sentence).join(' ');
  if (rand() < 0.3) {
    // Some paragraphs open with a bold run, as real releases do.
    const cut = text.indexOf(' ', 20);
    const bold = { type: 'text', marks: [{ type: 'bold' }], text: text.slice(0, cut) };
    return { type: 'paragraph', content: [bold, { type: 'text', text: text.slice(cut) }] };
  }
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}
function bulletList(): DocNode {
  const items = Array.from({ length: int(3, 5) }, () => ({
    type: 'listItem',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence() }] }],
  }));
  return { type: 'bulletList', content: items };
}
function content(): ReleaseContent {
  const paragraphs = int(6, 10);
  const body: Doc = { type: 'doc', content: [paragraph(`${pick(CITIES)} — `)] };
  for (let i = 1; i < paragraphs; i++) body.content.push(paragraph());
  if (rand() < 0.4) body.content.splice(int(1, body.content.length - 1), 0, bulletList());
  let headline = capital(pick(WORDS));
  while (headline.length < 72) headline += ` ${pick(WORDS)}`;
  return emptyContent({ headline, body, date: '2025-06-01', place: 'Vienna', issuers: ['OSCE Secretariat'] });
}
// Fixed base date so timestamps (and list order) are the same on every run.
const BASE = Date.parse('2026-01-01T00:00:00.000Z');
function release(): Release {
  const created = BASE - int(0, 365 * 86400) * 1000;
  const id = randomUUID();
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    id,
    revision: 1,
    ...content(),
    workflow: { state: 'draft', approval: null, events: [] },
    familyId: id,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(created + int(0, 30 * 86400) * 1000).toISOString(),
  };
}

let interrupted = false;
function checkInterrupted(): void {
  if (interrupted) throw new Error('interrupted');
}
async function inBatches<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) {
    checkInterrupted();
    await Promise.all(items.slice(i, i + 64).map(task));
  }
}
const gc = (): void => globalThis.gc?.();
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}
const median = (samples: number[]): number => percentile(samples, 0.5);
async function time<T>(task: () => Promise<T>): Promise<[number, T]> {
  checkInterrupted();
  const start = performance.now();
  const value = await task();
  return [performance.now() - start, value];
}

type Row = { metric: string; size: number; dateline: number; naive: number; runs: string };
type Files = { avgReleaseFileBytes: number; naiveFileBytes: number };

async function benchSize(root: string, size: number): Promise<{ rows: Row[]; files: Files }> {
  rand = prng(SEED + size);
  const dir = join(root, `dateline-${size}`);
  const naivePath = join(root, `naive-${size}.json`);
  await mkdir(join(dir, RELEASES_DIR), { recursive: true });
  const releases = Array.from({ length: size }, release);
  let bytes = 0;
  await inBatches(releases, async (r) => {
    const text = `${JSON.stringify(r, null, 2)}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, RELEASES_DIR, `${r.id}.json`), text);
  });
  const naiveDb = (): Low<NaiveData> => new Low(new JSONFile<NaiveData>(naivePath), { releases: [] });
  const seedDb = naiveDb();
  seedDb.data = { releases };
  await seedDb.write();
  const naiveFileBytes = (await stat(naivePath)).size;
  const files = { avgReleaseFileBytes: Math.round(bytes / size), naiveFileBytes };

  // Open: both were just written, so both are measured with a warm page cache.
  const openDateline: number[] = [];
  const openNaive: number[] = [];
  let last: { store: ReleaseStore; db: Low<NaiveData> } | undefined;
  for (let i = 0; i < OPEN_RUNS; i++) {
    gc();
    const [dt, opened] = await time(async () => {
      const result = await ReleaseStore.open(dir);
      result.store.list();
      return result;
    });
    if (opened.quarantined.length > 0 || opened.store.size !== size) {
      throw new Error(`ReleaseStore loaded ${opened.store.size} of ${size} releases`);
    }
    openDateline.push(dt);
    gc();
    const db = naiveDb();
    openNaive.push((await time(() => db.read()))[0]);
    if (db.data.releases.length !== size) throw new Error('naive store lost releases');
    last = { store: opened.store, db };
  }
  if (!last) throw new Error('nothing was opened');
  const { store, db } = last;

  // Save: the same sequence of edits to random releases, applied to each store in turn.
  const edits = Array.from({ length: SAVES }, () => ({ index: int(0, size - 1), edit: content() }));
  const revisions = new Map(releases.map((r) => [r.id, r.revision]));
  const saveDateline: number[] = [];
  gc();
  for (const { index, edit } of edits) {
    const id = (releases[index] as Release).id;
    const [dt, saved] = await time(() => store.save(id, revisions.get(id) ?? 1, edit));
    revisions.set(id, saved.revision);
    saveDateline.push(dt);
  }
  const naiveSaves = size > 1000 ? Math.min(SAVES, NAIVE_SAVES_LARGE) : SAVES;
  const saveNaive: number[] = [];
  const list = db.data.releases;
  gc();
  for (const { index, edit } of edits.slice(0, naiveSaves)) {
    const id = (releases[index] as Release).id;
    const [dt] = await time(async () => {
      const at = list.findIndex((r) => r.id === id);
      const old = list[at];
      if (!old) throw new Error(`naive store has no release ${id}`);
      list[at] = { ...old, ...edit, revision: old.revision + 1, updatedAt: new Date().toISOString() };
      await db.write();
    });
    saveNaive.push(dt);
  }
  await rm(dir, { recursive: true, force: true });
  await rm(naivePath, { force: true });

  const row = (metric: string, d: number, n: number, runs: string): Row => {
    return { metric, size, dateline: d, naive: n, runs };
  };
  const saveRuns = `${SAVES} / ${naiveSaves}`;
  const p95 = (samples: number[]): number => percentile(samples, 0.95);
  const rows = [
    row('open (median)', median(openDateline), median(openNaive), `${OPEN_RUNS} / ${OPEN_RUNS}`),
    row('save one p50', median(saveDateline), median(saveNaive), saveRuns),
    row('save one p95', p95(saveDateline), p95(saveNaive), saveRuns),
  ];
  return { rows, files };
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
function printTable(rows: Row[]): void {
  const header = ['metric', 'size', 'dateline ms', 'naive lowdb ms', 'ratio', 'runs (d / n)'];
  const cells = rows.map((r) => {
    const ratio = `${(r.naive / r.dateline).toFixed(2)}x`;
    return [r.metric, r.size.toLocaleString('en-US'), ms(r.dateline), ms(r.naive), ratio, r.runs];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), 'dateline-bench-'));
  // Ctrl-C stops at the next step instead of mid-write, so finally can remove the temp dir.
  process.on('SIGINT', () => (interrupted = true));
  const rows: Row[] = [];
  const files: Record<number, Files> = {};
  try {
    for (const size of SIZES) {
      const result = await benchSize(root, size);
      rows.push(...result.rows);
      files[size] = result.files;
      console.error(`size ${size}: done at ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const totalSeconds = (performance.now() - started) / 1000;
  printTable(rows);
  for (const [size, f] of Object.entries(files)) {
    const mib = (f.naiveFileBytes / 2 ** 20).toFixed(1);
    console.log(`size ${size}: release files ${f.avgReleaseFileBytes} B avg, naive file ${mib} MiB`);
  }
  const gcUsed = Boolean(globalThis.gc);
  console.log(`gc between phases: ${gcUsed ? 'yes' : 'no'}; total ${totalSeconds.toFixed(1)} s`);
  const meta = { date: new Date().toISOString(), node: process.version, platform: process.platform };
  const out = { ...meta, seed: SEED, saves: SAVES, gc: gcUsed, totalSeconds, files, rows };
  await writeFile(join(import.meta.dirname, 'results-store.json'), `${JSON.stringify(out, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(interrupted ? 'interrupted; temp dir removed' : error);
  process.exitCode = interrupted ? 130 : 1;
});
