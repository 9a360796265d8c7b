import { describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../main/core/export/pdf';
import { surfacePool, type PrintSurface } from '../../../main/core/export/pdf/pool';

const job = (n: number): PrintJob => ({ html: `<p>${n}</p>`, paper: 'A4', headerTemplate: '', footerTemplate: '' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Surfaces that record how many jobs each holds at once, and whether they were closed. */
function recorder(failFirst = 0) {
  const surfaces: { busy: number; most: number; closed: boolean; printed: string[] }[] = [];
  let attempts = 0;
  const open = async (): Promise<PrintSurface> => {
    await tick();
    if (attempts++ < failFirst) throw new Error('the page did not open');
    const surface = { busy: 0, most: 0, closed: false, printed: [] as string[] };
    surfaces.push(surface);
    return {
      async print({ html }) {
        surface.busy++;
        surface.most = Math.max(surface.most, surface.busy);
        await tick();
        surface.printed.push(html);
        surface.busy--;
        return Buffer.from(html);
      },
      close: async () => void (surface.closed = true),
    };
  };
  return { surfaces, open };
}

describe('the print pool', () => {
  it('prints every job, on at most `size` surfaces, never two jobs on one surface at once', async () => {
    const { surfaces, open } = recorder();
    const pool = surfacePool(open, 3);
    const printed = await Promise.all(Array.from({ length: 20 }, (_, n) => pool.print(job(n))));
    expect(printed.map(String)).toEqual(Array.from({ length: 20 }, (_, n) => `<p>${n}</p>`));
    expect(surfaces).toHaveLength(3);
    expect(surfaces.map((s) => s.most)).toEqual([1, 1, 1]);
    expect(surfaces.flatMap((s) => s.printed)).toHaveLength(20);
    await pool.close();
    expect(surfaces.every((s) => s.closed)).toBe(true);
  });

  it('opens one surface for jobs that come one after another', async () => {
    const { surfaces, open } = recorder();
    const pool = surfacePool(open, 4);
    for (let n = 0; n < 5; n++) await pool.print(job(n));
    expect(surfaces).toHaveLength(1);
    await pool.close();
  });

  it('fails only the job whose surface did not open; the jobs waiting try another', async () => {
    const { surfaces, open } = recorder(1);
    const pool = surfacePool(open, 1);
    const results = await Promise.allSettled([pool.print(job(1)), pool.print(job(2)), pool.print(job(3))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(surfaces).toHaveLength(1);
    await pool.close();
    await expect(pool.print(job(4))).rejects.toThrow('closed');
  });
});
