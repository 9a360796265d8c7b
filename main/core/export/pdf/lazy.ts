import type { PdfPrinter } from '.';

export interface LazyPrinter {
  /** The printer, started on the first PDF of a run and reused for the rest. */
  get(): Promise<PdfPrinter>;
  /** Closes it if it was started; a printer that failed to start needs no closing. */
  close(): Promise<void>;
}

/** Starts a printer only when a PDF is asked for: a run of Markdown never launches a browser. */
export function lazyPrinter(start: () => PdfPrinter | Promise<PdfPrinter>): LazyPrinter {
  let started: Promise<PdfPrinter> | undefined;
  return {
    get: () => (started ??= Promise.resolve().then(start)),
    close: async () => {
      if (started) await (await started.catch(() => undefined))?.close();
      started = undefined;
    },
  };
}
