import { releaseToHtmlDocument, releaseToHtmlFragment, type ExportStatus } from '../../../common/export/html';
import { releaseToMarkdown } from '../../../common/export/markdown';
import type { Release } from '../../../common/model/release';
import { DatelineError } from '../../../preload/errors';
import { releaseToNinjs } from '../../../common/export/ninjs';
import {
  defaultPreferences,
  OUTPUT_FORMATS,
  type OutputFormat,
  type OutputSettings,
} from '../../../common/model/settings';
import { fingerprintOf, publicationRefusal } from '../workflow/verify';
import { releaseToDocx } from './docx';
import { releaseToEml } from './eml';
import { pdfJob, type PdfPrinter } from './pdf';

/** The formats written as text, synchronously, by `renderRelease`. */
export const TEXT_FORMATS = ['html', 'md', 'fragment', 'json'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
/** Every format a release can be exported to (`renderFile` writes them all). */
export const EXPORT_FORMATS = OUTPUT_FORMATS;
export type ExportFormat = OutputFormat;

const EXTENSIONS: Record<ExportFormat, string> = {
  html: '.html',
  md: '.md',
  fragment: '.fragment.html',
  json: '.json',
  pdf: '.pdf',
  docx: '.docx',
  eml: '.eml',
  ninjs: '.ninjs.json',
};

/** What the formats beyond text need: the office's output settings and, for PDF, a printer. */
export interface FileContext {
  status?: ExportStatus;
  output?: OutputSettings;
  /** Opened on the first PDF and reused for the rest of the batch. */
  printer?: () => Promise<PdfPrinter>;
  now?: Date;
}

/** The short form of the content's sha256 that approval copies print. */
export function shortFingerprint(release: Release): string {
  return fingerprintOf(release).slice(0, 16);
}

/**
 * One release in any format, from the stored JSON, behind the same gate as `renderRelease`: text
 * formats as strings, PDF, Word and e-mail as bytes.
 */
export async function renderFile(
  release: Release,
  format: ExportFormat,
  context: FileContext = {},
): Promise<string | Buffer> {
  const status = context.status ?? release.workflow.state;
  if (isTextFormat(format)) return renderRelease(release, format, status);
  gate(release, status);
  const output = context.output ?? defaultPreferences().output;
  const fingerprint = shortFingerprint(release);
  switch (format) {
    case 'ninjs':
      return `${JSON.stringify(releaseToNinjs(release, { status, fingerprint }), null, 2)}\n`;
    case 'docx':
      return releaseToDocx(release, { status, paper: output.paper, fingerprint });
    case 'eml':
      return releaseToEml(release, {
        status,
        from: output.mailFrom,
        lists: output.distributionLists,
        now: context.now,
      });
    case 'pdf': {
      if (!context.printer)
        throw new DatelineError('NOT_ALLOWED', 'PDF cannot be written here: no print engine is available.');
      const printer = await context.printer();
      return printer.print(pdfJob(release, { status, paper: output.paper, fingerprint }));
    }
  }
}

export function isTextFormat(format: ExportFormat): format is TextFormat {
  return (TEXT_FORMATS as readonly string[]).includes(format);
}

/** Nothing goes out as approved unless its approval verifies now. */
function gate(release: Release, status: ExportStatus): void {
  if (status === 'approved' || status === 'published') {
    const refusal = publicationRefusal(release);
    if (refusal) {
      throw new DatelineError(
        'NOT_ALLOWED',
        `“${release.headline || 'Untitled'}” cannot go out as approved: ${refusal}.`,
      );
    }
  }
}

export function extensionOf(format: ExportFormat): string {
  return EXTENSIONS[format];
}

/**
 * One release in one format, from the stored JSON: the same code for the app, the preview and the CLI.
 * A release not yet approved carries a DRAFT banner (HTML) and `status: draft` (Markdown).
 * Nothing goes out without the banner unless its approval verifies now: the last gate before any file.
 */
export function renderRelease(
  release: Release,
  format: TextFormat,
  status: ExportStatus = release.workflow.state,
): string {
  gate(release, status);
  switch (format) {
    case 'html':
      return releaseToHtmlDocument(release, { status });
    case 'fragment':
      return `${releaseToHtmlFragment(release, { status })}\n`;
    case 'md':
      return releaseToMarkdown(release, { status });
    case 'json':
      return `${JSON.stringify(release, null, 2)}\n`;
  }
}
