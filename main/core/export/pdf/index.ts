import { releaseToHtmlDocument, type ExportStatus } from '../../../../common/export/html';
import { escapeHtml } from '../../../../common/export/html/escape';
import { draftMark, embargoLine } from '../../../../common/export/text';
import type { Release } from '../../../../common/model/release';
import { PAGE_SIZES, type PaperSize } from '../paper';

/** What a print engine needs: Electron's printToPDF and Playwright's page.pdf both take these. */
export interface PrintJob {
  html: string;
  paper: PaperSize;
  /** Chromium's templates, repeated on every page (they hold the marks and the page numbers). */
  headerTemplate: string;
  footerTemplate: string;
}

/** Prints HTML to PDF in a Chromium: the app's hidden window, or a browser the CLI drives. */
export interface PdfPrinter {
  print(job: PrintJob): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PdfOptions {
  status?: ExportStatus;
  paper?: PaperSize;
  /** Short sha256 of the content: an approver's "yes" names exactly this text. */
  fingerprint: string;
}

// Chromium's header and footer are rendered apart from the page, at a zero font size unless said.
const BAND = 'font-family: system-ui, sans-serif; font-size: 8pt; width: 100%; margin: 0 12mm; color: #333;';

/** Print rules on top of the export's CSS: the page box, no DRAFT banner twice, no links' colours lost. */
const PRINT_CSS = `
@media print {
  body { background: #fff; }
  main { max-width: none; margin: 0; padding: 0; }
  .release > .draft { display: none; }
  a { color: inherit; }
  h1, h2 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
}`;

/** The print job for a release: the HTML export itself, its marks and fingerprint on every page. */
export function pdfJob(release: Release, options: PdfOptions): PrintJob {
  const paper = options.paper ?? 'A4';
  const html = releaseToHtmlDocument(release, { status: options.status }).replace(
    '</head>',
    `<style>${PRINT_CSS}</style>\n</head>`,
  );
  const marks = [draftMark(release, options.status), embargoLine(release)].filter(Boolean).map(escapeHtml);
  const approved = options.status === 'approved' || options.status === 'published';
  const copy = approved ? 'Approved text' : 'Approval copy';
  return {
    html,
    paper,
    headerTemplate: `<div style="${BAND} font-weight: bold; color: #b00020; text-align: center;">${marks.join(' · ')}</div>`,
    footerTemplate: `<div style="${BAND} display: flex; justify-content: space-between;"><span>${copy} · content sha256 ${escapeHtml(options.fingerprint)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}

/** The page's margins: room above and below for the marks and the page numbers. */
export const MARGINS = { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' } as const;

/** The page size in inches, as both print engines take it. */
export function pageInches(paper: PaperSize): { width: number; height: number } {
  return PAGE_SIZES[paper].inches;
}
