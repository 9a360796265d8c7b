import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { describeRemoved, sanitizeDoc } from '../../../common/doc/sanitize';
import { releaseFromMarkdown } from '../../../common/export/markdown';
import { bodyExcess, MAX_BODY_BLOCKS, MAX_BODY_NODES } from '../../../common/model/limits';
import { LoadError } from '../../../common/model/migrate';
import { releaseSchema, type Release } from '../../../common/model/release';
import { parseReleaseFile } from '../store/releaseStore';
import { importedAsDraft } from './claims';
import { decodeImport } from './decode';
import { parsePlainJson } from './plainJson';
import type { Taxonomies } from '../../../common/model/taxonomy';
import { newRelease } from '../../../common/model/release';
import type { ImportReport } from '../../../common/model/importReport';
import { recogniseText, type Hints } from './text/recognise';
import { docxToText } from './formats/docx';
import { emailToText } from './formats/email';
import { htmlToText } from './formats/html';
import { foreignMarkdown, isDatelineMarkdown } from './formats/markdown';
import { stripMarks } from './text/marks';

/** The largest file an import reads: a long release is some 50 KB, so this is room for any. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** A release read from a file, and what was taken out of it on the way in. */
export interface Imported {
  release: Release;
  /** One line per kind of thing removed, e.g. “2 × the formatting “underline””; empty for a clean file. */
  removed: string[];
  /** The state or approval the file claimed, which an import never grants (it arrives as a draft). */
  claimed?: string;
  /** For text recognised as a release: where each field came from, what was set aside, what is unsure. */
  report?: ImportReport;
  /** The text the recogniser read (a page's words, an e-mail's text), for the review screen. */
  source?: string;
}

/** What the recognisers need beyond the text: the taxonomy to map labels onto, and the time. */
export interface ImportContext {
  taxonomies: Taxonomies;
  now?: Date;
}

export type ImportKind = 'json' | 'markdown' | 'text' | 'html' | 'email' | 'docx';

/** Files an import knows are not releases, and what to do instead. */
const NOT_RELEASES: Record<string, string> = {
  '.doc': 'it is in the old Word format (.doc). Open it in Word, save it as .docx and import that',
  '.pdf':
    'a PDF cannot be imported. Copy its text and use New from Clipboard, or import the Word document it came out of',
  '.rtf': 'RTF cannot be imported. Save it as .docx from Word and import that',
  '.odt': 'OpenDocument text cannot be imported yet. Save it as .docx and import that',
  '.msg': 'Outlook .msg files cannot be imported. Save the message as .eml (or drag it out as text) and import that',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(bytes: number): LoadError {
  return new LoadError(
    `it is ${megabytes(bytes)}, and Dateline imports files of up to ${megabytes(MAX_IMPORT_BYTES)} (a release is far smaller). Check that it is the right file.`,
  );
}

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'it may not be read (permissions)';
  return (error as Error).message;
}

/** The kind of file a path names by its extension, or a LoadError. */
export function importKindOf(path: string): ImportKind {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.txt' || extension === '.text') return 'text';
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  if (extension === '.eml') return 'email';
  if (extension === '.docx') return 'docx';
  if (NOT_RELEASES[extension]) throw new LoadError(`${NOT_RELEASES[extension]}.`);
  throw new LoadError(
    `Dateline cannot import ${extension ? `“${extension}” files` : 'a file without an extension'}: it imports .txt, .eml, .docx, .html, .md and .json files. Save the release as one of these and import it again.`,
  );
}

/**
 * Reads a release from the text of a .json or .md file, as `dateline import` does: checked
 * against the release schema, with a body reduced to the house schema (see sanitizeDoc) and no
 * prototype keys. Throws LoadError or MarkdownImportError with a message saying what to do.
 */
export function parseImport(
  text: string,
  kind: ImportKind,
  newId: () => string = randomUUID,
  context?: ImportContext,
): Imported {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) throw tooLarge(bytes);
  const removed: string[] = [];
  let release: Release;
  let report: ImportReport | undefined;
  let read: string | undefined;
  if (kind === 'text' || kind === 'html' || (kind === 'markdown' && !isDatelineMarkdown(text))) {
    const source: Source =
      kind === 'html'
        ? { ...htmlToText(text), readAs: 'web page' }
        : kind === 'markdown'
          ? (({ frontMatter, ...markdown }) => ({ ...markdown, aside: frontMatter, readAs: 'Markdown' }))(
              foreignMarkdown(text),
            )
          : { text, hints: {}, readAs: 'text' };
    ({ release, report, source: read } = recognise(source, newId, context));
  } else if (kind === 'email' || kind === 'docx') {
    throw new Error(`A ${kind} file is read from its bytes: use readImportBytes`);
  } else if (kind === 'json') {
    const { value, dropped } = parsePlainJson(text);
    if (dropped > 0) removed.push(`${dropped} × a “__proto__”, “constructor” or “prototype” key`);
    release = parseReleaseFile(JSON.stringify(value));
  } else {
    release = releaseFromMarkdown(text, { newId, validate: (read) => releaseSchema.parse(read) });
  }
  const excess = bodyExcess(release.body);
  if (excess)
    throw new LoadError(
      `its body holds more than ${(excess === 'blocks' ? MAX_BODY_BLOCKS : MAX_BODY_NODES).toLocaleString('en')} ${excess === 'blocks' ? 'paragraphs, headings and list items' : 'pieces of text'}, far more than any release. Check that it is the right file.`,
    );
  const draft = importedAsDraft(release);
  release = draft.release;
  const claimed = {
    ...(draft.claimed ? { claimed: draft.claimed } : {}),
    ...(report ? { report } : {}),
    ...(read !== undefined ? { source: read } : {}),
  };
  const clean = sanitizeDoc(release.body);
  if (clean.removed.size === 0) return { release, removed, ...claimed };
  const parsed = releaseSchema.safeParse({ ...release, body: clean.doc });
  if (!parsed.success)
    throw new LoadError(`its body cannot be made to fit a release (${parsed.error.issues[0]?.message})`);
  return { release: parsed.data, removed: [...removed, ...describeRemoved(clean.removed)], ...claimed };
}

/** Text for the recogniser, with what its format already told. */
interface Source {
  text: string;
  hints: Hints;
  readAs: string;
  /** Set aside by the format's reader (a page's navigation). */
  outside?: string[];
  /** Front matter lines: what they gave is in the fields; listed so that none is dropped unsaid. */
  aside?: string[];
  warnings?: string[];
}

function recognise(
  source: Source,
  newId: () => string,
  context?: ImportContext,
): { release: Release; report: ImportReport; source: string } {
  if (!context) throw new Error('Recognising a release needs the taxonomies');
  const words = source.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words === 0)
    throw new LoadError('it is empty: there is no release in it to import. Check that it is the right file.');
  if (words < 5)
    throw new LoadError(
      `it holds ${words} word${words === 1 ? '' : 's'}, too little to be a release. Check that it is the right file.`,
    );
  // Bounded before it is read: a machine-made file of a million lines is not a release.
  const lines = source.text.split('\n', MAX_BODY_BLOCKS * 2 + 2).filter((line) => line.trim()).length;
  if (lines > MAX_BODY_BLOCKS)
    throw new LoadError(
      `it holds more than ${MAX_BODY_BLOCKS.toLocaleString('en')} paragraphs, far more than any release. Check that it is the right file.`,
    );
  const now = context.now ?? new Date();
  const { content, report } = recogniseText(source.text, {
    taxonomies: context.taxonomies,
    readAs: source.readAs,
    hints: source.hints,
    now,
  });
  for (const text of source.outside ?? []) report.setAside.unshift({ text, reason: 'the page around the item' });
  for (const text of source.aside ?? [])
    report.setAside.push({ text, reason: 'the front matter (what it gives is in the fields)' });
  report.warnings.unshift(...(source.warnings ?? []));
  return { release: releaseSchema.parse(newRelease(newId(), now, content)), report, source: stripMarks(source.text) };
}

/** Reads a release from a file's bytes: Word and e-mail files through their readers, the others as UTF-8 text. */
export async function readImportBytes(
  data: Buffer,
  kind: ImportKind,
  context?: ImportContext,
  newId: () => string = randomUUID,
): Promise<Imported> {
  if (data.length > MAX_IMPORT_BYTES) throw tooLarge(data.length);
  if (kind === 'docx') {
    const { text, warnings } = await docxToText(data);
    return finish(recognise({ text, hints: {}, readAs: 'Word document', warnings }, newId, context));
  }
  if (kind === 'email') {
    const { text, hints } = await emailToText(data);
    return finish(recognise({ text, hints, readAs: 'e-mail' }, newId, context));
  }
  return parseImport(decodeImport(data), kind, newId, context);
}

/** A recognised release as an import hands it on: always a draft, its body fitted to the house schema. */
function finish({ release, report, source }: { release: Release; report: ImportReport; source: string }): Imported {
  const clean = sanitizeDoc(release.body);
  const body = clean.removed.size === 0 ? release.body : clean.doc;
  return {
    release: releaseSchema.parse({ ...release, body }),
    removed: describeRemoved(clean.removed),
    report,
    source,
  };
}

/** Reads and parses one file to import; a file over MAX_IMPORT_BYTES is refused before it is read. */
export async function readImportFile(
  path: string,
  context?: ImportContext,
  newId: () => string = randomUUID,
): Promise<Imported> {
  const kind = importKindOf(path);
  const info = await stat(path).catch((error: unknown) => {
    throw new LoadError(`cannot read it: ${readReason(error)}`);
  });
  if (info.isDirectory()) throw new LoadError('cannot read it: it is a folder, not a file');
  // A pipe or a device could block or never end.
  if (!info.isFile()) throw new LoadError('cannot read it: it is not an ordinary file');
  if (info.size > MAX_IMPORT_BYTES) throw tooLarge(info.size);
  const data = await readFile(path).catch((error: unknown) => {
    throw new LoadError(`cannot read it: ${readReason(error)}`);
  });
  // The file may have grown since it was measured.
  if (data.length > MAX_IMPORT_BYTES) throw tooLarge(data.length);
  return readImportBytes(data, kind, context, newId);
}

/** What standard input holds: Dateline's JSON, Markdown with front matter, or text as pasted. */
export function sniffKind(text: string): ImportKind {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^<(?:!doctype html|html|body|article|div|p|h1)\b/iu.test(start)) return 'html';
  if (/^---\r?\n/u.test(start) && /\n---\r?\n/u.test(start.slice(3))) return 'markdown';
  return 'text';
}

/** Reads standard input to its end (`dateline import -`), refusing more than an import may hold. */
export async function readImportStdin(
  context: ImportContext,
  input: AsyncIterable<Buffer | string> = process.stdin,
  newId: () => string = randomUUID,
): Promise<Imported> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_IMPORT_BYTES) throw tooLarge(size);
    chunks.push(bytes);
  }
  const text = decodeImport(Buffer.concat(chunks));
  return parseImport(text, sniffKind(text), newId, context);
}
