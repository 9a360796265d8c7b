import type { PdfPrinter, PrintJob } from '.';

/**
 * Pages printing at once in a batch. Measured on 2 cores (bench): 2 print 6.7 PDFs a second
 * against 4.2 for one; 4 fell back to 6.0, queueing for the same cores.
 */
export const PAGES_AT_ONCE = 2;

/** One place that prints one job at a time: a browser page, or the app's hidden window. */
export interface PrintSurface {
  print(job: PrintJob): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * A printer over up to `size` surfaces of one browser, opened as the work needs them, so that a
 * batch's PDFs print side by side instead of one after another. A job waits for a free surface;
 * none is ever shared by two jobs at once.
 */
export function surfacePool(open: () => Promise<PrintSurface> | PrintSurface, size: number): PdfPrinter {
  const all: Promise<PrintSurface>[] = [];
  const free: PrintSurface[] = [];
  const waiting: { resolve(surface: PrintSurface): void; reject(error: unknown): void }[] = [];
  let closed = false;

  const take = async (): Promise<PrintSurface> => {
    const ready = free.pop();
    if (ready) return ready;
    if (all.length < size) {
      const opening = Promise.resolve().then(open);
      all.push(opening);
      // A surface that failed to open leaves room for another, tried by the next job waiting.
      opening.catch(() => {
        all.splice(all.indexOf(opening), 1);
        const next = waiting.shift();
        if (next) take().then(next.resolve, next.reject);
      });
      return opening;
    }
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  const give = (surface: PrintSurface) => {
    const next = waiting.shift();
    if (next) next.resolve(surface);
    else free.push(surface);
  };
  return {
    async print(job) {
      if (closed) throw new Error('The PDF printer is closed.');
      const surface = await take();
      try {
        return await surface.print(job);
      } finally {
        give(surface);
      }
    },
    async close() {
      closed = true;
      const surfaces = await Promise.allSettled(all);
      all.length = 0;
      free.length = 0;
      for (const s of surfaces) if (s.status === 'fulfilled') await s.value.close().catch(() => undefined);
    },
  };
}
