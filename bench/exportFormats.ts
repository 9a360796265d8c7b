// Batch export rates for issue 14's formats: 1,000 generated releases rendered to PDF (one reused
// browser), .docx, .eml and NINJS, beside HTML rendered in the same run as the baseline.
import { performance } from 'node:perf_hooks';
import type { Release } from '../common/model/release';
import { renderFile, type ExportFormat } from '../main/core/export/formats';
import { chromiumPrinter } from '../main/core/export/pdf/chromium';
import { lazyPrinter } from '../main/core/export/pdf/lazy';
import { generateRelease } from '../tests/helpers/generateRelease';

export interface FormatRates {
  count: number;
  /** Releases per second for each format. */
  perSecond: Record<'html' | 'pdf' | 'docx' | 'eml' | 'ninjs', number>;
}

export async function exportFormatRates(
  count: number,
  chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<FormatRates> {
  const releases: Release[] = Array.from({ length: count }, (_, i) => generateRelease(5000 + i));
  const printer = lazyPrinter(() => chromiumPrinter(chromium));
  const rate = async (format: ExportFormat): Promise<number> => {
    // One warm-up render: the browser's start is not a release's cost.
    await renderFile(releases[0]!, format, { status: 'draft', printer: printer.get });
    const start = performance.now();
    for (const release of releases) await renderFile(release, format, { status: 'draft', printer: printer.get });
    return count / ((performance.now() - start) / 1000);
  };
  try {
    const perSecond = {
      html: await rate('html'),
      ninjs: await rate('ninjs'),
      eml: await rate('eml'),
      docx: await rate('docx'),
      pdf: await rate('pdf'),
    };
    return { count, perSecond };
  } finally {
    await printer.close();
  }
}
