// Writes a generated library straight to disk for `npm run bench`: release files and the naive store's one file.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '../common/model/release';
import { RELEASES_DIR } from '../main/core/store/releaseStore';
import { generateLibrary } from '../tests/helpers/generateLibrary';
import { naiveDb } from './naive';

/** Distinct generated releases; larger libraries repeat them under new ids (generating costs ~3 ms each). */
const POOL_SIZE = 1000;
let pool: Release[] | undefined;

/** `size` releases, the same for the same seed: the first 1,000 all different, then copies with their own ids. */
export function libraryOf(size: number, seed: number): Release[] {
  pool ??= generateLibrary(POOL_SIZE, seed);
  const base = pool;
  return Array.from({ length: size }, (_, i) => {
    const r = base[i % POOL_SIZE]!;
    if (i < POOL_SIZE) return r;
    const id = `${r.id.slice(0, -12)}${i.toString(16).padStart(12, '0')}`;
    const headline = `${r.headline} (${Math.floor(i / POOL_SIZE) + 1})`;
    return { ...r, id, headline, familyId: r.familyId === r.id ? id : r.familyId };
  });
}

/** Writes each release as the store would (one file each) and all of them into one naive lowdb file. */
export async function writeLibrary(
  dir: string,
  naivePath: string,
  releases: Release[],
): Promise<{ avgFileBytes: number; naiveBytes: number }> {
  await mkdir(join(dir, RELEASES_DIR), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < releases.length; i += 64) {
    await Promise.all(
      releases.slice(i, i + 64).map((r) => {
        const text = `${JSON.stringify(r)}\n`;
        bytes += Buffer.byteLength(text);
        return writeFile(join(dir, RELEASES_DIR, `${r.id}.json`), text);
      }),
    );
  }
  const db = naiveDb(naivePath);
  db.data = { releases };
  await db.write();
  return { avgFileBytes: Math.round(bytes / releases.length), naiveBytes: (await stat(naivePath)).size };
}
