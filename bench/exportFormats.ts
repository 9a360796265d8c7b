// Batch export rates for issue 14's formats: 1,000 generated releases exported through the app's
// batch export (rendered, written, one reused browser for PDF) to PDF, .docx, .eml and NINJS,
// beside the same batch to HTML in the same run as the baseline.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Release } from '../common/model/release';
import { startBatch } from '../main/core/export/batch';
import type { ExportFormat } from '../main/core/export/formats';
import { chromiumPrinter } from '../main/core/export/pdf/chromium';
import { lazyPrinter } from '../main/core/export/pdf/lazy';
import type { PdfPrinter } from '../main/core/export/pdf';
import { headlessHost, type ExportProgress, type Host } from '../main/core/host';
import { generateRelease } from '../tests/helpers/generateRelease';

export interface FormatRates {
  count: number;
  /** Releases per second for each format. */
  perSecond: Record<'html' | 'pdf' | 'docx' | 'eml' | 'ninjs', number>;
}

/** One batch export of `releases` to `format` into a fresh folder; resolves when it has finished. */
async function batch(releases: Release[], format: ExportFormat, printer: () => Promise<PdfPrinter>): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), `dateline-bench-${format}-`));
  const byId = new Map(releases.map((r) => [r.id, r]));
  try {
    const start = performance.now();
    const ended = new Promise<ExportProgress>((resolve) => {
      const host: Host = {
        ...headlessHost,
        emit: (event) => void (event.type === 'export-progress' && event.state !== 'running' && resolve(event)),
      };
      void startBatch({
        ids: releases.map((r) => r.id),
        formats: [format],
        folder,
        read: async (id) => byId.get(id)!,
        host,
        // Generated releases carry no valid approval: each goes out as a draft, marked so.
        status: 'draft',
        context: { printer },
      });
    });
    const end = await ended;
    if (end.state !== 'finished')
      throw new Error(`the ${format} batch ended ${end.state}: ${'message' in end ? String(end.message) : ''}`);
    return releases.length / ((performance.now() - start) / 1000);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function exportFormatRates(
  count: number,
  chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<FormatRates> {
  const releases: Release[] = Array.from({ length: count }, (_, i) => generateRelease(5000 + i));
  const lazy = lazyPrinter(() => chromiumPrinter(chromium));
  const printer = lazy.get;
  try {
    // A warm-up batch of a few: the browser's start is not the releases' cost.
    await batch(releases.slice(0, 8), 'pdf', printer);
    const perSecond = {
      html: await batch(releases, 'html', printer),
      ninjs: await batch(releases, 'ninjs', printer),
      eml: await batch(releases, 'eml', printer),
      docx: await batch(releases, 'docx', printer),
      pdf: await batch(releases, 'pdf', printer),
    };
    return { count, perSecond };
  } finally {
    await lazy.close();
  }
}
