import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelBatch, startBatch } from '../../../main/core/export/batch';
import { exportFileName } from '../../../main/core/export/fileName';
import { renderRelease } from '../../../main/core/export/formats';
import type { ExportProgress, Host } from '../../../main/core/host';
import { headlessHost } from '../../../main/core/host';
import { emptyContent, newRelease } from '../../../common/model/release';
import { isTempFile } from '../../../main/core/store/atomic';
import { ReleaseStore } from '../../../main/core/store/releaseStore';
import { tempDir } from '../../helpers/tempDir';

/** A progress bar needs no more than one report per percent. */
const REPORTS_AT_MOST = 100;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function storeWith(count: number) {
  const { store } = await ReleaseStore.open(join(dir, 'data'));
  for (let i = 0; i < count; i++) await store.create(emptyContent({ headline: `Release ${i}`, date: '2026-01-02' }));
  return store;
}

/** Runs a batch to its last event. */
function run(store: ReleaseStore, host: Partial<Host>, folder: string) {
  const events: ExportProgress[] = [];
  return new Promise<{ events: ExportProgress[]; started: Awaited<ReturnType<typeof startBatch>> }>(
    (resolve, reject) => {
      let started: Awaited<ReturnType<typeof startBatch>> | undefined;
      const full: Host = {
        ...headlessHost,
        ...host,
        emit: async (event) => {
          if (event.type !== 'export-progress') return;
          events.push(event);
          await host.emit?.(event);
          if (event.state !== 'running') setImmediate(() => resolve({ events, started: started! }));
        },
      };
      startBatch({
        ids: store.list().map((r) => r.id),
        formats: ['html', 'md'],
        folder,
        read: (id) => store.get(id),
        host: full,
      })
        .then((result) => {
          started = result;
          if ('cancelled' in result) resolve({ events, started: result });
        })
        .catch(reject);
    },
  );
}

describe('batch export', () => {
  it('writes every release in each format and an index, reporting progress', async () => {
    const store = await storeWith(3);
    const { events } = await run(store, {}, dir);
    expect(events.map((e) => [e.state, e.done])).toEqual([
      ['running', 0],
      ['running', 1],
      ['running', 2],
      ['finished', 3],
    ]);
    const files = (await readdir(dir)).filter((f) => f !== 'data');
    expect(files).toHaveLength(7);
    expect(files).toContain('index.html');
  });

  it('numbers releases whose long headlines are cut to the same file name', async () => {
    const { store } = await ReleaseStore.open(join(dir, 'data'));
    const headline = 'A headline long enough to be cut short in the file name '.repeat(3);
    for (let i = 0; i < 3; i++) await store.create(emptyContent({ headline, date: '2026-01-02' }));
    const { events } = await run(store, {}, dir);
    expect(events.at(-1)?.state).toBe('finished');
    const html = (await readdir(dir)).filter((f) => f.endsWith('.html') && f !== 'index.html');
    expect(new Set(html).size).toBe(3);
  });

  it('stops when cancelled, without an index, finishing only the releases under way', async () => {
    const store = await storeWith(20);
    const { events } = await run(
      store,
      { emit: (e) => void (e.type === 'export-progress' && e.done === 5 && cancelBatch(e.jobId)) },
      dir,
    );
    const last = events.at(-1)!;
    expect(last).toMatchObject({ state: 'cancelled', total: 20 });
    expect(last.done).toBeGreaterThanOrEqual(5);
    expect(last.done).toBeLessThan(20);
    const files = (await readdir(dir)).filter((f) => f !== 'data');
    // Every release counted done has both its files, and no other file was written.
    expect(files).toHaveLength(2 * last.done);
    expect(files).not.toContain('index.html');
    expect(files.filter((f) => isTempFile(f))).toEqual([]);
  });

  it('writes the same names, files and index in the same order on every run', async () => {
    const { store } = await ReleaseStore.open(join(dir, 'data'));
    // More releases than are written at once, some sharing a headline, so numbering and order are exercised.
    for (let i = 0; i < 30; i++) {
      await store.create(emptyContent({ headline: `Release ${i % 7}`, date: '2026-01-02', lead: `Number ${i}` }));
    }
    const ids = store.list().map((r) => r.id);
    const outputs: Map<string, string>[] = [];
    for (const name of ['first', 'second']) {
      const folder = join(dir, name);
      await mkdir(folder);
      const { events } = await run(store, {}, folder);
      expect(events.at(-1)?.state).toBe('finished');
      const names = await readdir(folder);
      outputs.push(
        new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n), 'utf8')] as const))),
      );
    }
    const [first, second] = outputs as [Map<string, string>, Map<string, string>];
    expect(first.size).toBe(61);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, text] of first) expect(second.get(name), name).toBe(text);
    // The index lists the releases in the order asked for, and each file is the release as rendered alone.
    const index = first.get('index.html')!;
    const links = [...index.matchAll(/href="([^"]+\.html)"/g)].map((m) => decodeURI(m[1]!));
    expect(links).toHaveLength(30);
    for (const [i, id] of ids.entries()) {
      const release = await store.get(id);
      expect(first.get(links[i]!)).toBe(renderRelease(release, 'html'));
      expect(first.get(links[i]!.replace(/\.html$/, '.md'))).toBe(renderRelease(release, 'md'));
    }
  });

  it('reports a write that fails mid-batch and leaves no temp file and no index', async () => {
    const store = await storeWith(20);
    const ids = store.list().map((r) => r.id);
    // A folder where the 10th release's page should go: its rename fails.
    const blocked = exportFileName(await store.get(ids[9]!), '.html');
    await mkdir(join(dir, blocked));
    await writeFile(join(dir, blocked, 'keep.txt'), 'in the way');
    const { events } = await run(store, { confirmOverwrite: async () => true }, dir);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ state: 'failed', message: expect.stringContaining(`Could not write`) });
    expect(last.done).toBeLessThan(20);
    const files = (await readdir(dir)).filter((f) => f !== 'data' && f !== blocked);
    expect(files.filter((f) => isTempFile(f))).toEqual([]);
    expect(files).not.toContain('index.html');
    expect(files.length).toBeGreaterThanOrEqual(2 * last.done);
  });

  it('reports progress about once per percent in a large batch, always counting up', async () => {
    const releases = Array.from({ length: 250 }, (_, i) =>
      newRelease(randomUUID(), new Date(), { headline: `Release ${i}`, date: '2026-01-02' }),
    );
    const byId = new Map(releases.map((r) => [r.id, r]));
    const events: ExportProgress[] = [];
    const ended = new Promise<void>((resolve) => {
      const host: Host = {
        ...headlessHost,
        emit: (event) =>
          void (event.type === 'export-progress' && (events.push(event), event.state !== 'running' && resolve())),
      };
      void startBatch({ ids: [...byId.keys()], formats: ['md'], folder: dir, read: async (id) => byId.get(id)!, host });
    });
    await ended;
    const done = events.map((e) => e.done);
    expect(events.at(-1)).toMatchObject({ state: 'finished', done: 250 });
    expect(events.length).toBeLessThanOrEqual(REPORTS_AT_MOST + 1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
  });

  it('asks before replacing files, and writes nothing when told no', async () => {
    const store = await storeWith(2);
    await writeFile(join(dir, 'index.html'), 'mine');
    const asked: string[][] = [];
    const { started } = await run(store, { confirmOverwrite: async (paths) => (asked.push(paths), false) }, dir);
    expect(started).toEqual({ cancelled: true });
    expect(asked).toEqual([[join(dir, 'index.html')]]);
    expect((await readdir(dir)).sort()).toEqual(['data', 'index.html']);
  });
});
