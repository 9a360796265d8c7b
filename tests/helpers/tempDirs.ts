import { afterAll } from 'vitest';
import { tempDir } from './tempDir';

/** Makes fresh folders as tempDir() does, each removed once the test file is done. */
export function tempDirs(prefix: string): () => Promise<string> {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
  });
  return async () => {
    const { dir, cleanup } = await tempDir(prefix);
    cleanups.push(cleanup);
    return dir;
  };
}
