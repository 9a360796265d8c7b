// Opens one store in a fresh process so its RSS is honest; prints one line of JSON for bench/index.ts.
// Usage: tsx bench/openProbe.ts dateline <dataDir> [--search word] | naive <file.json>
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { LibrarySearch } from '../main/core/search/librarySearch';
import { ReleaseStore } from '../main/core/store/releaseStore';
import { naiveDb } from './naive';

const [kind, path, flag, word] = process.argv.slice(2);
const mb = () => process.memoryUsage().rss / 2 ** 20;

async function main(): Promise<Record<string, number>> {
  if (!path) throw new Error('usage: openProbe dateline <dir> [--search word] | naive <file>');
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
  const hits = (await search.search({ text: word ?? 'council', limit: 50 })).total;
  const searchUsableMs = performance.now() - start;
  delay.disable();
  await search.close();
  await store.close();
  const maxStallMs = delay.max / 1e6;
  return { openMs, rssMb, count, searchUsableMs, rssAfterSearchMb: mb(), maxStallMs, hits };
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
