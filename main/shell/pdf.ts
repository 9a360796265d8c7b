import { BrowserWindow, session } from 'electron';
import { MARGINS, pageInches, type PdfPrinter, type PrintJob } from '../core/export/pdf';

const PARTITION = 'dateline-print';
const inches = (mm: string) => Number.parseFloat(mm) / 25.4;

/**
 * Prints with Electron's own Chromium: a hidden, sandboxed window with scripts off, in a session
 * that refuses every request, so the PDF is the export's HTML and nothing else. One window serves
 * a whole batch and is closed after it.
 */
export function electronPrinter(): PdfPrinter {
  let window: BrowserWindow | undefined;
  const open = () => {
    const printing = session.fromPartition(PARTITION, { cache: false });
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
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
  };
  return {
    async print(job: PrintJob): Promise<Buffer> {
      window ??= open();
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
    },
    async close() {
      window?.destroy();
      window = undefined;
    },
  };
}
