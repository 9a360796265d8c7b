// Imports 1,000 generated releases as text, as HTML and as .docx in a fresh process (honest RSS),
// beside the same releases as Dateline JSON and mammoth's bare conversion; prints one line of JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mammoth from 'mammoth';
import { formatDateline } from '../common/model/dateline';
import { loadTaxonomies } from '../common/model/taxonomy';
import type { Doc } from '../common/model/doc';
import type { Release } from '../common/model/release';
import { parseImport, readImportBytes } from '../main/core/import/readImport';
import { docx, para, run } from '../tests/helpers/docx';
import { generateRelease } from '../tests/helpers/generateRelease';

const COUNT = Number(process.argv[2] ?? 1000);
const resources = process.argv[3] ?? join(import.meta.dirname, '..', 'resources');
const taxonomies = loadTaxonomies(readFileSync(join(resources, 'taxonomies.json'), 'utf8'));
const context = { taxonomies };
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20));

function paragraphs(body: Doc): string[] {
  return body.content.map((block) => {
    const words: string[] = [];
    JSON.stringify(block, (key, value: unknown) => {
      if (key === 'text' && typeof value === 'string') words.push(value);
      return value;
    });
    return words.join('');
  });
}

/** A release as a press office writes it in plain text: type, headline, labels, dateline, body. */
function asText(release: Release): string[] {
  const body = paragraphs(release.body);
  body[0] = `${formatDateline(release.place || 'Vienna', release.date || '2026-05-12', 'en')}${body[0] ?? ''}`;
  return ['Press release', release.headline || 'Untitled', `Issued by: ${release.issuers.join(', ')}`, ...body];
}

async function rate(inputs: unknown[], read: (input: never) => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  for (const [i, input] of inputs.entries()) {
    await read(input as never);
    if (i % 25 === 0) sample();
  }
  return inputs.length / ((performance.now() - start) / 1000);
}

async function main(): Promise<Record<string, number>> {
  const releases = Array.from({ length: COUNT }, (_, i) => generateRelease(20261207 + i));
  const texts = releases.map((r) => asText(r).join('\n\n'));
  const pages = releases.map((r) => {
    const [type, headline, labels, ...body] = asText(r);
    return `<!doctype html><html lang="en"><body><nav><ul><li>Home</li><li>News</li></ul></nav><article><p>${type}</p><h1>${headline}</h1><p>${labels}</p>${body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article></body></html>`;
  });
  const words = await Promise.all(
    releases.map((r) => docx(asText(r).map((line, i) => para(run(line), i === 1 ? 'Heading1' : undefined)))),
  );
  const jsons = releases.map((r) => JSON.stringify(r));
  sample();
  const json = await rate(jsons, (text: string) => parseImport(text, 'json', undefined, context));
  const text = await rate(texts, (input: string) => readImportBytes(Buffer.from(input), 'text', context));
  const html = await rate(pages, (input: string) => readImportBytes(Buffer.from(input), 'html', context));
  const mammothOnly = await rate(words, (bytes: Buffer) => mammoth.convertToHtml({ buffer: bytes }));
  const word = await rate(words, (bytes: Buffer) => readImportBytes(bytes, 'docx', context));
  return { count: COUNT, json, text, html, mammoth: mammothOnly, docx: word, rssPeakMb: peak };
}

main().then(
  (figures) => console.log(JSON.stringify(figures)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
