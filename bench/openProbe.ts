// Opens one store in a fresh process so its RSS is honest; prints one line of JSON for bench/index.ts.
// Usage: tsx bench/openProbe.ts dateline <dataDir> [--search word] | naive <file.json> | idle
// With --search: the first run in a data folder builds the search index and writes its file; later runs load it.
import { readFile, stat } from 'node:fs/promises';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { searchIndexPath } from '../main/core/search/indexFile';
import { LibrarySearch } from '../main/core/search/librarySearch';
import { ReleaseStore } from '../main/core/store/releaseStore';
import { naiveDb } from './naive';

const [kind, path, flag, word] = process.argv.slice(2);
const mb = () => process.memoryUsage().rss / 2 ** 20;

/** The longest stall of an event loop doing nothing but small tasks: what the machine alone costs. */
async function idleStall(ms: number): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const end = performance.now() + ms;
  await new Promise<void>((resolve) => {
    const tick = () => (performance.now() < end ? setImmediate(tick) : resolve());
    tick();
  });
  delay.disable();
  return delay.max / 1e6;
}

async function main(): Promise<Record<string, number>> {
  if (kind === 'idle') return { maxStallMs: await idleStall(1000) };
  if (kind === 'read' && path) {
    // The floor under any open from an index: reading and parsing the file, nothing else.
    const begin = performance.now();
    const count = (JSON.parse(await readFile(path, 'utf8')) as { entries: unknown[] }).entries.length;
    return { openMs: performance.now() - begin, count };
  }
  if (!path) throw new Error('usage: openProbe dateline <dir> [--search word] | naive <file> | idle');
  const start = performance.now();
  if (kind === 'naive') {
    const db = naiveDb(path);
    await db.read();
    return { openMs: performance.now() - start, rssMb: mb(), count: db.data.releases.length };
  }
  const { store } = await ReleaseStore.open(path);
  const count = store.list().length;
  const openMs = performance.now() - start;
  const rssMb = mb();
  if (flag !== '--search') {
    await store.close();
    return { openMs, rssMb, count };
  }
  // The longest the event loop stalls while the index loads or builds: the main process must not freeze.
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const search = new LibrarySearch(() => store);
  const hits = (await search.search({ text: word ?? 'security', limit: 50 })).total;
  const searchUsableMs = performance.now() - start;
  delay.disable();
  const rssAfterSearchMb = mb();
  // The first run builds the index and writes its file; later runs load it: say which this was.
  const indexLoaded = search.origin === 'loaded' ? 1 : 0;
  const closing = performance.now();
  await search.close();
  await store.close();
  const closeMs = performance.now() - closing;
  const indexMb = ((await stat(searchIndexPath(path)).catch(() => undefined))?.size ?? NaN) / 2 ** 20;
  const maxStallMs = delay.max / 1e6;
  return { openMs, rssMb, count, searchUsableMs, rssAfterSearchMb, maxStallMs, hits, indexLoaded, indexMb, closeMs };
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
