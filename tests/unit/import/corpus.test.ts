import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseToHtmlFragment } from '../../../common/export/html';
import { loadTaxonomies } from '../../../common/model/taxonomy';
import type { Release } from '../../../common/model/release';
import { docxToText } from '../../../main/core/import/formats/docx';
import { emailToText } from '../../../main/core/import/formats/email';
import { htmlToText } from '../../../main/core/import/formats/html';
import { foreignMarkdown, splitFrontMatter } from '../../../main/core/import/formats/markdown';
import { importKindOf, readImportFile, type Imported } from '../../../main/core/import/readImport';
import { stripMarks } from '../../../main/core/import/text/marks';
import { FIXTURES, RESOURCES } from '../../helpers/paths';

// The importer's corpus: inputs written for these tests, each with the fields a press officer would enter.
const CORPUS = join(FIXTURES, 'import');
const BASELINE = join(CORPUS, 'baseline.json');
const CORE = ['type', 'headline', 'date', 'place', 'language', 'issuers', 'lead'] as const;
const OPTIONAL = ['subheading', 'fieldsOfWork', 'embargo'] as const;

interface ExpectedQuote {
  speaker: string;
  role?: string;
  attribution: string;
  words: string;
}

interface Expected extends Partial<Record<(typeof CORE)[number] | (typeof OPTIONAL)[number], unknown>> {
  quotes?: ExpectedQuote[];
  mediaContacts?: { name: string; email?: string; phone?: string }[];
  notesToEditors?: string;
  boilerplate?: string;
  bodyStartsWith?: string;
}

const taxonomies = loadTaxonomies(readFileSync(join(RESOURCES, 'taxonomies.json'), 'utf8'));
const context = { taxonomies, now: new Date('2026-12-07T10:00:00Z') };

const inputs = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((name) => name.endsWith('.expected.json'))
      .map((name) => name.replace(/\.expected\.json$/u, ''))
      .map((base) => ({
        base,
        input: readdirSync(CORPUS).find((name) => name.startsWith(`${base}.`) && !name.endsWith('.expected.json'))!,
      }))
      .filter(({ input }) => input !== undefined)
  : [];

const fold = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
const words = (text: string) => new Set(fold(text).match(/[\p{L}\p{N}]{2,}/gu) ?? []);

/** The input's words as the recogniser was given them, by format. */
async function sourceText(path: string): Promise<string> {
  const kind = importKindOf(path);
  const bytes = readFileSync(path);
  if (kind === 'docx') return (await docxToText(bytes)).text;
  if (kind === 'email') {
    const { text, hints } = await emailToText(bytes);
    return `${hints.headline ?? ''}\n${text}`;
  }
  const text = bytes.toString('utf8');
  if (kind === 'html') {
    const page = htmlToText(text);
    return [page.text, ...page.outside].join('\n');
  }
  if (kind === 'markdown') return `${splitFrontMatter(text).yaml}\n${foreignMarkdown(text).text}`;
  return text;
}

function quotesOf(release: Release): { speaker: string; role: string; attribution: string; words: string }[] {
  const speaker = (id: string) => release.speakers.find((s) => s.id === id);
  return release.body.content.flatMap(function walk(node): {
    speaker: string;
    role: string;
    attribution: string;
    words: string;
  }[] {
    if (node.type === 'quote') {
      const attrs = node.attrs as { speakerId: string; attribution: string };
      const who = speaker(attrs.speakerId);
      return [
        {
          speaker: who?.name ?? '',
          role: who?.role ?? '',
          attribution: attrs.attribution,
          words: (node.content ?? []).map((t) => t.text ?? '').join(''),
        },
      ];
    }
    return (node.content ?? []).flatMap(walk);
  });
}

const sameStart = (actual: string, expected: string) => {
  const a = fold(actual).replace(/^[“”"«»„\s]+/u, '');
  const e = fold(expected)
    .replace(/^[“”"«»„\s]+/u, '')
    .replace(/[….]+$/u, '');
  return a.startsWith(e.slice(0, 40)) || e.startsWith(a.slice(0, 40));
};

interface Result {
  base: string;
  right: Record<string, boolean>;
  quotes: { expected: number; found: number; matched: number; speakerRight: number; attributionRight: number };
  lost: string[];
}

async function score(base: string, input: string): Promise<Result> {
  const expected = JSON.parse(readFileSync(join(CORPUS, `${base}.expected.json`), 'utf8')) as Expected;
  const path = join(CORPUS, input);
  const imported: Imported = await readImportFile(path, context);
  const { release, report } = imported;
  const right: Record<string, boolean> = {};
  for (const field of [...CORE, ...OPTIONAL]) {
    if (!(field in expected)) continue;
    const value = expected[field];
    right[field] =
      JSON.stringify(typeof value === 'string' ? fold(value) : value) ===
      JSON.stringify(typeof release[field] === 'string' ? fold(release[field] as string) : release[field]);
  }
  if (expected.mediaContacts)
    right.mediaContacts =
      release.mediaContacts.length === expected.mediaContacts.length &&
      expected.mediaContacts.every(
        (c, i) =>
          fold(release.mediaContacts[i]!.name) === fold(c.name) &&
          (!c.email || release.mediaContacts[i]!.email === c.email),
      );
  for (const key of ['notesToEditors', 'boilerplate'] as const)
    if (expected[key] !== undefined)
      right[key] =
        expected[key] === ''
          ? release[key] === ''
          : fold(release[key]).startsWith(
              fold(expected[key]!)
                .replace(/[….]+$/u, '')
                .slice(0, 30),
            );
  const found = quotesOf(release);
  const wanted = expected.quotes ?? [];
  const used = new Set<number>();
  let matched = 0;
  let speakerRight = 0;
  let attributionRight = 0;
  for (const quote of wanted) {
    const index = found.findIndex((candidate, i) => !used.has(i) && sameStart(candidate.words, quote.words));
    if (index < 0) continue;
    used.add(index);
    matched++;
    if (fold(found[index]!.speaker) === fold(quote.speaker)) speakerRight++;
    if (found[index]!.attribution === quote.attribution) attributionRight++;
  }
  // No word lost: each word of the input is in the release as printed, or in what the report set aside.
  const kept = words(
    [
      releaseToHtmlFragment(release).replace(/<[^>]+>/gu, ' '),
      release.lead,
      release.notesToEditors,
      release.boilerplate,
      ...release.mediaContacts.flatMap((c) => [c.name, c.role, c.email, c.phone]),
      ...(report?.setAside ?? []).map((entry) => entry.text),
      ...(report?.sources ?? []).map((source) => source.text),
    ]
      .join(' ')
      .replace(/&[a-z]+;|&#\d+;/gu, ' '),
  );
  // A link's address is kept as the link, not as words of the text.
  const lost = [...words(stripMarks(await sourceText(path)))].filter((word) => !kept.has(word));
  return {
    base,
    right,
    quotes: { expected: wanted.length, found: found.length, matched, speakerRight, attributionRight },
    lost,
  };
}

describe('the import corpus', { timeout: 120_000 }, () => {
  it.runIf(inputs.length > 0)('scores every field, keeps every word, and no field regresses', async () => {
    const results: Result[] = [];
    for (const { base, input } of inputs) results.push(await score(base, input));

    const fields = [...CORE, ...OPTIONAL, 'mediaContacts', 'notesToEditors', 'boilerplate'];
    const rows = fields.map((field) => {
      const scored = results.filter((r) => field in r.right);
      const ok = scored.filter((r) => r.right[field]).length;
      return `${field.padEnd(16)} ${String(ok).padStart(3)} / ${String(scored.length).padEnd(3)} ${scored.length ? `${Math.round((ok / scored.length) * 100)} %` : ''}`;
    });
    const q = results.reduce(
      (sum, r) => ({
        expected: sum.expected + r.quotes.expected,
        found: sum.found + r.quotes.found,
        matched: sum.matched + r.quotes.matched,
        speakerRight: sum.speakerRight + r.quotes.speakerRight,
        attributionRight: sum.attributionRight + r.quotes.attributionRight,
      }),
      { expected: 0, found: 0, matched: 0, speakerRight: 0, attributionRight: 0 },
    );
    const precision = q.found ? q.matched / q.found : 1;
    const recall = q.expected ? q.matched / q.expected : 1;
    console.log(
      [
        `Import corpus: ${results.length} inputs`,
        ...rows,
        `quotes           precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${q.matched} of ${q.expected} found, ${q.found} in all); speaker right ${q.speakerRight}/${q.matched}, attribution right ${q.attributionRight}/${q.matched}`,
        ...results
          .filter((r) => Object.values(r.right).some((ok) => !ok))
          .map(
            (r) =>
              `  ${r.base}: wrong ${Object.keys(r.right)
                .filter((k) => !r.right[k])
                .join(', ')}`,
          ),
      ].join('\n'),
    );

    const lost = Object.fromEntries(results.filter((r) => r.lost.length > 0).map((r) => [r.base, r.lost]));
    expect(lost, 'words of an input neither in its release nor in what the report set aside').toEqual({});

    // The fields each input had right stay right: update the baseline on purpose, never silently.
    const now = Object.fromEntries(results.map((r) => [r.base, fields.filter((field) => r.right[field])]));
    if (process.env.DATELINE_UPDATE_IMPORT_BASELINE) writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
    const baseline = existsSync(BASELINE)
      ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, string[]>)
      : {};
    const regressed = Object.entries(baseline).flatMap(([base, right]) =>
      right.filter((field) => !(now[base] ?? []).includes(field as never)).map((field) => `${base}: ${field}`),
    );
    expect(
      regressed,
      'fields that were right and are not any more (DATELINE_UPDATE_IMPORT_BASELINE=1 to accept)',
    ).toEqual([]);
  });
});
