import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelBatch, startBatch } from '../../../main/core/export/batch';
import type { AppEvent, Host } from '../../../main/core/host';
import { headlessHost } from '../../../main/core/host';
import { emptyContent } from '../../../main/core/model/release';
import { ReleaseStore } from '../../../main/core/store/releaseStore';
import { tempDir } from '../../helpers/tempDir';

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
  const events: AppEvent[] = [];
  return new Promise<{ events: AppEvent[]; started: Awaited<ReturnType<typeof startBatch>> }>((resolve, reject) => {
    let started: Awaited<ReturnType<typeof startBatch>> | undefined;
    const full: Host = {
      ...headlessHost,
      ...host,
      emit: async (event) => {
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
  });
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

  it('stops between two releases when cancelled, without an index', async () => {
    const store = await storeWith(20);
    const { events } = await run(store, { emit: (e) => void (e.done === 5 && cancelBatch(e.jobId)) }, dir);
    expect(events.at(-1)).toMatchObject({ state: 'cancelled', done: 6, total: 20 });
    const files = (await readdir(dir)).filter((f) => f !== 'data');
    expect(files).toHaveLength(12);
    expect(files).not.toContain('index.html');
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
