import { BrowserWindow, session } from 'electron';
import { MARGINS, pageInches, type PdfPrinter, type PrintJob } from '../core/export/pdf';
import { PAGES_AT_ONCE, surfacePool } from '../core/export/pdf/pool';

const PARTITION = 'dateline-print';
const inches = (mm: string) => Number.parseFloat(mm) / 25.4;

/** A hidden, sandboxed window with scripts off, in the print session. */
function printWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      partition: PARTITION,
      spellcheck: false,
      // Nothing on a print page is clicked; a middle click must not open a window either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

async function printIn(window: BrowserWindow, job: PrintJob): Promise<Buffer> {
  await window.webContents.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(job.html)}`);
  const size = pageInches(job.paper);
  return window.webContents.printToPDF({
    pageSize: { width: size.width, height: size.height },
    margins: {
      top: inches(MARGINS.top),
      bottom: inches(MARGINS.bottom),
      left: inches(MARGINS.left),
      right: inches(MARGINS.right),
    },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: job.headerTemplate,
    footerTemplate: job.footerTemplate,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  });
}

/**
 * Prints with Electron's own Chromium, so that the PDF is the export's HTML and nothing else. A
 * batch prints in a few such windows at once; they are closed after it.
 */
export function electronPrinter(): PdfPrinter {
  // The print session refuses every request but the page itself: set once for all its windows.
  const printing = session.fromPartition(PARTITION, { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  return surfacePool(() => {
    const window = printWindow();
    return {
      print: (job) => printIn(window, job),
      close: async () => window.destroy(),
    };
  }, PAGES_AT_ONCE);
}
