/**
 * Markdown that Dateline cannot turn into a release. The message says what is wrong and what to do,
 * and starts with the line of the file where the problem is, when there is one.
 */
export class MarkdownImportError extends Error {
  /** 1-based line of the Markdown file, when the problem has one. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
    this.name = 'MarkdownImportError';
    this.line = line;
  }
}
