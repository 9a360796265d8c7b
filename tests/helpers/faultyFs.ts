import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import type { AtomicFs } from '../../main/core/store/atomic';

export type FaultCode = 'EIO' | 'ENOSPC';

/**
 * An AtomicFs that records every call a save makes (open, rename, rm and the file handle's
 * writeFile, sync and close) and, once armed, makes the Nth of them fail as a disk would.
 */
export class FaultyFs {
  /** The calls since the last arm(), such as `open .x.json.1.0.tmp` or `sync`. */
  calls: string[] = [];
  private failAt: number[] = [];
  private code: FaultCode = 'EIO';

  /** Starts counting afresh; the calls numbered in `failAt` (1 = the first) throw. */
  arm(failAt: number | number[] = [], code: FaultCode = 'EIO'): void {
    this.calls = [];
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
      return this.handle(await fs.open(path, flags));
    }) as AtomicFs['open'],
    rename: async (from, to) => {
      const call = `rename ${basename(String(from))}`;
      if (this.fails(call)) throw this.error(call);
      await fs.rename(from, to);
    },
    rm: async (path, options) => {
      const call = `rm ${basename(String(path))}`;
      if (this.fails(call)) throw this.error(call);
      await fs.rm(path, options);
    },
  };

  /** The real handle with writeFile, sync and close counted; a failing write leaves half the data, as a full disk does. */
  private handle(real: fs.FileHandle): fs.FileHandle {
    const wrapped = {
      writeFile: async (data: string | Uint8Array) => {
        if (!this.fails('writeFile')) return real.writeFile(data);
        await real.writeFile(data.slice(0, Math.floor(data.length / 2)));
        throw this.error('writeFile');
      },
      sync: async () => {
        if (this.fails('sync')) throw this.error('sync');
        await real.sync();
      },
      close: async () => {
        // The descriptor is closed either way, so a failed close does not leak it.
        await real.close();
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
