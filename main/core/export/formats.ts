import { releaseToHtmlDocument, releaseToHtmlFragment, type ExportStatus } from '../../../common/export/html';
import { releaseToMarkdown } from '../../../common/export/markdown';
import type { Release } from '../../../common/model/release';
import { DatelineError } from '../../../preload/errors';
import { publicationRefusal } from '../workflow/verify';

export const EXPORT_FORMATS = ['html', 'md', 'fragment', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSIONS: Record<ExportFormat, string> = {
  html: '.html',
  md: '.md',
  fragment: '.fragment.html',
  json: '.json',
};

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
  format: ExportFormat,
  status: ExportStatus = release.workflow.state,
): string {
  if (status === 'approved' || status === 'published') {
    const refusal = publicationRefusal(release);
    if (refusal) {
      throw new DatelineError(
        'NOT_ALLOWED',
        `“${release.headline || 'Untitled'}” cannot go out as approved: ${refusal}.`,
      );
    }
  }
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
