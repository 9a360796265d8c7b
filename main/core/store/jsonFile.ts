import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic, type AtomicFs } from './atomic';

/**
 * A lowdb adapter for one JSON file whose writes are atomic and flushed to disk.
 * Reading returns the raw text: callers parse, migrate and validate it themselves,
 * so a broken file is reported instead of silently replaced by defaults.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly load: (text: string) => T,
    private readonly fs?: AtomicFs,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.load(text);
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 2)}\n`, this.fs);
  }
}
