import { isUtf8 } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { LoadError } from '../../../common/model/migrate';
import { writeFileAtomic, type AtomicFs } from './atomic';

/** The largest file Dateline reads or writes; a release is a few hundred KB at most. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** Reads a whole file, refusing by its size first so a huge file is never loaded into memory. */
async function readLimited(path: string, fs: Pick<AtomicFs, 'open'> = { open }): Promise<Buffer | null> {
  let handle: FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) {
      throw new LoadError(`the file is ${megabytes(size)}, more than the ${megabytes(MAX_FILE_BYTES)} Dateline reads`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Decodes strictly: a lenient decoder would turn foreign bytes into U+FFFD and the next save would keep that. */
function decodeUtf8(bytes: Buffer): string {
  // Checked first, then decoded natively: a fatal TextDecoder per read costs more than the check.
  if (!isUtf8(bytes)) {
    throw new LoadError('the file is not UTF-8 text (it may be a binary file or use another encoding)');
  }
  const text = bytes.toString('utf8');
  // A byte order mark is not part of the text, as TextDecoder would have it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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
    /** Indented for reading by eye; releases are written compact, a third of the bytes to flush. */
    private readonly indent: number | undefined = 2,
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readLimited(this.path, this.fs);
    return bytes === null ? null : this.load(decodeUtf8(bytes));
  }

  async write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, this.indent)}\n`;
    // Never write what the next start would refuse to read.
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
      throw Object.assign(new Error(`${megabytes(Buffer.byteLength(text))} is too large`), { code: 'EFBIG' });
    }
    await writeFileAtomic(this.path, text, this.fs);
  }
}
