import type { Release } from '../../model/release';
import { bodyMarkdown } from './body';
import { writeFrontMatter, type MarkdownStatus } from './frontMatter';

export interface MarkdownExportOptions {
  /** Written as `status` in the front matter; the release's own state when not given. */
  status?: MarkdownStatus;
}

/**
 * A release as a Markdown file for static site generators: YAML front matter with every field,
 * then the body in CommonMark as readers will see it (dateline, quotes in house style), with
 * hidden comments that let releaseFromMarkdown restore the release exactly.
 */
export function releaseToMarkdown(release: Release, options: MarkdownExportOptions = {}): string {
  const front = writeFrontMatter(release, options.status ?? release.workflow.state);
  const body = bodyMarkdown(release);
  return `---\n${front}---\n${body === '' ? '' : `\n${body}\n`}`;
}
