export { releaseToMarkdown, type MarkdownExportOptions } from './exportMarkdown';
export { releaseFromMarkdown, readMarkdown, type MarkdownImportOptions } from './importMarkdown';
export { MarkdownImportError } from './errors';
export { FRONT_MATTER_KEYS, STATUSES, type MarkdownStatus } from './frontMatter';
