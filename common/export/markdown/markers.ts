/**
 * The hidden HTML comments that make an export lossless. Renderers show nothing for them;
 * the importer reads them back. JSON inside never holds "--", "<" or ">", so the comment stays valid.
 */

/** Keeps two pieces of Markdown syntax apart (e.g. `**` closing and `*` opening) without any text. */
export const SEPARATOR = '<!---->';
/** A line break where a trailing backslash cannot stand: at the end of a paragraph or in a heading. */
export const BREAK = '<!--br-->';
/** Closes the quoted words opened by a `quote` marker. */
export const QUOTE_END = '<!--/quote-->';
/** Ends the dateline Dateline prints at the start of the body. */
export const DATELINE_END = '<!--/dateline-->';
/** A paragraph with nothing in it, which Markdown cannot otherwise keep. */
export const EMPTY_PARAGRAPH = '<!--empty-paragraph-->';

/** `<!--name {"json":…}-->`, or `<!--name-->` without data. */
export function marker(name: string, data?: unknown): string {
  if (data === undefined) return `<!--${name}-->`;
  const json = JSON.stringify(data)
    .replace(/-{2,}/g, (run) => '\\u002d'.repeat(run.length))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  return `<!--${name} ${json}-->`;
}

export interface ParsedMarker {
  name: string;
  /** The decoded JSON, or undefined when the marker has none. */
  data: unknown;
}

const MARKER = /^<!--([a-z/][a-z-]*)(?: ([\s\S]*))?-->$/;

/**
 * The marker a comment holds; undefined for any other comment (ignored) or for the separator.
 * Throws a message (without line) when a marker's JSON is broken.
 */
export function parseMarker(html: string): ParsedMarker | undefined {
  const match = MARKER.exec(html.trim());
  if (!match) return undefined;
  const [, name = '', json] = match;
  if (json === undefined) return { name, data: undefined };
  try {
    return { name, data: JSON.parse(json) as unknown };
  } catch {
    throw new Error(`the hidden note <!--${name} …--> is damaged (its data cannot be read); export the release again`);
  }
}

/** The HTML left once every comment is taken out: empty for a block of comments only. */
export function withoutComments(html: string): string {
  return html.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '').trim();
}
