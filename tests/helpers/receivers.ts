// The checkers that approvers', journalists' and agencies' tools amount to, for issue 14's formats:
// ajv with IPTC's schema, mailparser, poppler-utils and LibreOffice, and Dateline's own importer.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { simpleParser, type ParsedMail } from 'mailparser';
import { releaseToPlainText } from '../../common/export/text';
import type { Release } from '../../common/model/release';
import { loadTaxonomies } from '../../common/model/taxonomy';
import { bodyPlainText } from '../../common/render/plainText';
import { readImportFile } from '../../main/core/import/readImport';
import { RESOURCES, ROOT } from './paths';

const run = promisify(execFile);
const tool = async (command: string, args: string[]) => (await run(command, args, { maxBuffer: 32 << 20 })).stdout;
/** pdftotext joins a word broken at a line's end, hyphen and all: hyphens are left out of comparisons. */
export const flat = (text: string) => text.replace(/-/g, '').replace(/\s+/g, ' ').trim();

/** Schema errors of a NINJS file against IPTC's 2.2 schema; [] when it validates. */
export async function ninjsErrors(path: string): Promise<{ ninjs: Record<string, unknown>; errors: unknown[] }> {
  const schema = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'ninjs', 'ninjs-schema_2.2.json'), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The schema refers to GeoJSON for place geometry, which Dateline never writes; offline, a stand-in.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const validate = ajv.compile(schema);
  const ninjs = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  return { ninjs, errors: validate(ninjs) ? [] : [...(validate.errors ?? [])] };
}

export async function parseEml(path: string): Promise<ParsedMail> {
  return simpleParser(await readFile(path));
}

export interface PdfReading {
  /** pdftotext's text, flattened and lower-cased (the type label prints in capitals). */
  text: string;
  pages: number;
  tagged: boolean;
  /** pdffonts rows whose font is not embedded. */
  unembedded: string[];
  /** The paragraphs of the release not found, in order, in the PDF's text. */
  missing: string[];
}

export async function readPdf(
  path: string,
  release: Release,
  status: Release['workflow']['state'],
): Promise<PdfReading> {
  const text = flat(await tool('pdftotext', [path, '-'])).toLowerCase();
  const missing: string[] = [];
  let from = 0;
  for (const paragraph of releaseToPlainText(release, { status }).split(/\n+/).filter(Boolean)) {
    const at = text.indexOf(flat(paragraph).slice(0, 50).toLowerCase(), from);
    if (at < 0) missing.push(paragraph);
    else from = at;
  }
  const fonts = (await tool('pdffonts', [path])).trim().split('\n').slice(2);
  const info = await tool('pdfinfo', [path]);
  return {
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    tagged: /Tagged:\s+yes/.test(info),
    unembedded: fonts.filter((row) => row.split(/\s+/).at(-5) !== 'yes'),
    missing: fonts.length === 0 ? ['(no fonts at all)', ...missing] : missing,
  };
}

/** pdfinfo's page size, e.g. "595.92 x 841.92 pts (A4)". */
export async function pdfPageSize(path: string): Promise<string> {
  return /Page size:\s+(.+)/.exec(await tool('pdfinfo', [path]))?.[1]?.trim() ?? '';
}

/** LibreOffice's text of a Word file, and what Dateline's importer reads back from it. */
export async function readDocx(path: string): Promise<{ text: string; back: Release }> {
  const out = await mkdtemp(join(tmpdir(), 'dateline-lo-'));
  try {
    await run('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', out, path], {
      env: { ...process.env, HOME: out },
      timeout: 120_000,
    });
    const name = (await readdir(out)).find((file) => file.endsWith('.txt'));
    if (!name) throw new Error(`LibreOffice did not open ${path}`);
    const text = flat(await readFile(join(out, name), 'utf8'));
    const taxonomies = loadTaxonomies(await readFile(join(RESOURCES, 'taxonomies.json'), 'utf8'));
    return { text, back: (await readImportFile(path, { taxonomies })).release };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** The fields a Word round trip must keep. */
export const ROUND_TRIP = ['type', 'headline', 'date', 'place', 'language', 'issuers', 'fieldsOfWork', 'lead'] as const;
export { bodyPlainText };
