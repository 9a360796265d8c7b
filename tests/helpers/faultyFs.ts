import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import type { AtomicFs } from '../../main/core/store/atomic';

export type FaultCode = 'EIO' | 'ENOSPC';

/** One operation that reached the real file system, with what a disk model needs to replay it. */
export type FsOp =
  | { op: 'open'; handle: number; path: string; flags: string }
  | { op: 'write'; handle: number; data: Buffer }
  | { op: 'sync'; handle: number }
  | { op: 'close'; handle: number }
  | { op: 'rename'; from: string; to: string }
  | { op: 'rm'; path: string };

/**
 * An AtomicFs that records every call a save makes (open, rename, rm and the file handle's
 * writeFile, sync and close) and, once armed, makes the Nth of them fail as a disk would.
 */
export class FaultyFs {
  /** The calls since the last arm(), such as `open .x.json.1.0.tmp` or `sync`. */
  calls: string[] = [];
  /** The operations done since the last arm(), in order, full paths and data included (tests/helpers/powerCut.ts). */
  ops: FsOp[] = [];
  private failAt: number[] = [];
  private code: FaultCode = 'EIO';
  private handles = 0;

  /** Starts counting afresh; the calls numbered in `failAt` (1 = the first) throw. */
  arm(failAt: number | number[] = [], code: FaultCode = 'EIO'): void {
    this.calls = [];
    this.ops = [];
    this.failAt = Array.isArray(failAt) ? failAt : [failAt];
    this.code = code;
  }

  /** Whether this call, now recorded, is one that fails. */
  private fails(call: string): boolean {
    this.calls.push(call);
    return this.failAt.includes(this.calls.length);
  }

  private error(call: string): NodeJS.ErrnoException {
    const text = this.code === 'ENOSPC' ? 'no space left on device' : 'i/o error';
    return Object.assign(new Error(`${this.code}: ${text}, ${call}`), { code: this.code });
  }

  readonly fs: AtomicFs = {
    open: (async (path: string, flags?: string) => {
      const call = `open ${basename(path)}`;
      if (this.fails(call)) throw this.error(call);
      const handle = ++this.handles;
      const opened = this.handle(await fs.open(path, flags), handle);
      this.ops.push({ op: 'open', handle, path, flags: flags ?? 'r' });
      return opened;
    }) as AtomicFs['open'],
    rename: async (from, to) => {
      const call = `rename ${basename(String(from))}`;
      if (this.fails(call)) throw this.error(call);
      await fs.rename(from, to);
      this.ops.push({ op: 'rename', from: String(from), to: String(to) });
    },
    rm: async (path, options) => {
      const call = `rm ${basename(String(path))}`;
      if (this.fails(call)) throw this.error(call);
      await fs.rm(path, options);
      this.ops.push({ op: 'rm', path: String(path) });
    },
  };

  /** The real handle with writeFile, sync and close counted; a failing write leaves half the data, as a full disk does. */
  private handle(real: fs.FileHandle, handle: number): fs.FileHandle {
    const write = async (data: string | Uint8Array) => {
      await real.writeFile(data);
      this.ops.push({ op: 'write', handle, data: Buffer.from(data) });
    };
    const wrapped = {
      writeFile: async (data: string | Uint8Array) => {
        if (!this.fails('writeFile')) return write(data);
        await write(data.slice(0, Math.floor(data.length / 2)));
        throw this.error('writeFile');
      },
      sync: async () => {
        if (this.fails('sync')) throw this.error('sync');
        await real.sync();
        this.ops.push({ op: 'sync', handle });
      },
      close: async () => {
        // The descriptor is closed either way, so a failed close does not leak it.
        await real.close();
        this.ops.push({ op: 'close', handle });
        if (this.fails('close')) throw this.error('close');
      },
    };
    return new Proxy(real, {
      get: (target, key) => {
        if (key in wrapped) return wrapped[key as keyof typeof wrapped];
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}
