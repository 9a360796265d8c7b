import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MarkdownImportError } from '../../../common/export/markdown';
import { LoadError } from '../../../common/model/migrate';
import { loadTaxonomies } from '../../../common/model/taxonomy';
import { readImportBytes, type ImportKind } from '../../../main/core/import/readImport';
import { Random } from '../../helpers/generateRelease';
import { RESOURCES } from '../../helpers/paths';

const taxonomies = loadTaxonomies(readFileSync(join(RESOURCES, 'taxonomies.json'), 'utf8'));
const context = { taxonomies };
// The pieces real releases are made of, shuffled into shapes no release has.
const PIECES = [
  '“',
  '”',
  '"',
  '«',
  '»',
  '„',
  ' – ',
  ' -- ',
  ', ',
  '. ',
  ': ',
  '\n',
  '\n\n',
  '- ',
  '# ',
  '## ',
  '| ',
  'SARAJEVO',
  'VIENNA/SKOPJE',
  '20 September 2017',
  '12.05.2026',
  '1er mai',
  '12 марта 2026 г.',
  'Date:',
  'Place:',
  'Issued by:',
  'Fields of work:',
  'EMBARGOED UNTIL 09:00 CET',
  'FOR IMMEDIATE RELEASE',
  '###',
  'said',
  'a déclaré',
  'сказал',
  'Ambassador',
  'Jane Doe',
  'Head of Mission',
  'he said',
  'From:',
  'Subject:',
  'Notes to editors',
  'About the OSCE',
  'Media contact',
  'press@example.org',
  '+43 1 514 36',
  'OSCE Mission to Serbia',
  'Press release',
  'News item',
  '---',
  '+++',
  'title:',
  '<p>',
  '</p>',
  '<q>',
  '<dl><dt>',
  '</dd>',
  '&nbsp;',
  '\u00a0',
];

function noise(random: Random, length: number): string {
  let text = '';
  while (text.length < length) text += random.pick(PIECES);
  return text;
}

async function survives(bytes: Buffer, kind: ImportKind): Promise<void> {
  try {
    await readImportBytes(bytes, kind, context);
  } catch (error) {
    // Refusing is fine; anything but a refusal the user can read is a crash.
    expect(error instanceof LoadError || error instanceof MarkdownImportError, String(error)).toBe(true);
  }
}

describe('no input crashes the importer or hangs it', { timeout: 120_000 }, () => {
  it('survives 300 shuffled release pieces as text, Markdown and HTML', async () => {
    const random = new Random(20261207);
    for (let i = 0; i < 300; i++) {
      const text = noise(random, 50 + (i % 7) * 400);
      for (const kind of ['text', 'markdown', 'html'] as const) await survives(Buffer.from(text), kind);
    }
  });

  it('survives random bytes as every kind', async () => {
    const random = new Random(7);
    for (let i = 0; i < 60; i++) {
      const bytes = Buffer.from(Array.from({ length: 20 + i * 50 }, () => Math.floor(random.next() * 256)));
      for (const kind of ['text', 'markdown', 'html', 'email', 'docx', 'json'] as const) await survives(bytes, kind);
    }
  });

  it('reads one enormous line of capitals, commas and dashes without backtracking for ever', async () => {
    const line = `${'VIENNA, SKOPJE, '.repeat(20_000)}20 September – ${'Word, '.repeat(30_000)}`;
    await survives(Buffer.from(`Headline\n${line}`), 'text');
    await survives(Buffer.from(`“${'quoted words, '.repeat(40_000)}`), 'text');
  });
});
