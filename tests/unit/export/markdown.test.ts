import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  FRONT_MATTER_KEYS,
  MarkdownImportError,
  readMarkdown,
  releaseFromMarkdown,
  releaseToMarkdown,
} from '../../../common/export/markdown';
import { bodyPlainText } from '../../../common/render/plainText';
import type { DocNode } from '../../../common/model/doc';
import { newRelease, releaseSchema, type Release } from '../../../common/model/release';
import { loadRelease } from '../../../main/core/store/releaseStore';
import { asStored, generateDenseBody, generateRelease } from '../../helpers/generateRelease';
import { RESOURCES } from '../../helpers/paths';
import { seedBody, seedText } from '../../helpers/seeds';

const SAMPLES = ['sarajevo-press-release', 'bratislava-news-item'] as const;
const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const validate = (release: Release) => releaseSchema.parse(release);

async function sample(name: string): Promise<Release> {
  return loadRelease(await readFile(join(RESOURCES, 'samples', `${name}.json`), 'utf8'));
}

const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

function release(body: DocNode[], content: Partial<Release> = {}): Release {
  return {
    ...newRelease(ID, new Date('2026-01-05T10:00:00Z'), content),
    body: asStored({ type: 'doc', content: body }),
  };
}

/** The file's body: everything after the front matter. */
const bodyOf = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n') + 5);

/** Imports Markdown expecting it to fail, and returns the error. */
function importError(markdown: string): MarkdownImportError {
  try {
    releaseFromMarkdown(markdown);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownImportError);
    return error as MarkdownImportError;
  }
  throw new Error('the Markdown imported without an error');
}

const FRONT = ['---', 'title: A release', 'type: press-release', 'language: en', '---', ''].join('\n');

describe.each(SAMPLES)('the Markdown export of %s', (name) => {
  it('imports back to exactly the stored release', async () => {
    const stored = await sample(name);
    expect(releaseFromMarkdown(releaseToMarkdown(stored), { validate })).toEqual(stored);
  });
});

describe('the Markdown export', () => {
  it('reads, once rendered, as the seed press release: dateline first, quotes in house style', async () => {
    const stored = await sample('sarajevo-press-release');
    const visible = bodyOf(releaseToMarkdown(stored)).replace(/<!--[\s\S]*?-->/g, '');
    const window = new Window();
    window.document.body.innerHTML = new MarkdownIt().render(visible);
    const paragraphs = [...window.document.querySelectorAll('p')].map((p) => p.textContent);
    await window.happyDOM.close();
    expect(paragraphs).toEqual(bodyPlainText(stored).split('\n'));
    expect(paragraphs).toEqual(seedBody(await seedText('004_')));
  });

  it('writes every field in the front matter under its stable key, dates kept as text even for YAML 1.1', async () => {
    const markdown = releaseToMarkdown(await sample('sarajevo-press-release'), { status: 'approved' });
    expect(markdown.startsWith('---\nid: ')).toBe(true);
    const front = parseYaml(markdown.split('\n---\n')[0]!.slice(4), { schema: 'yaml-1.1' }) as Record<string, unknown>;
    expect(Object.keys(front)).toEqual([...FRONT_MATTER_KEYS]);
    expect(front.date).toBe('2017-09-20');
    expect(front.created).toBe('2017-09-20T10:00:00.000Z');
    expect(front.status).toBe('approved');
    expect(front.speakers).toContainEqual({
      id: 'mektic',
      name: 'Dragan Mektić',
      short_name: 'Mektić',
      role: 'Minister of Security of Bosnia and Herzegovina',
    });
    expect(readMarkdown(markdown).status).toBe('approved');
  });

  it('marks exactly the quoted words, outside the printed comma and attribution', async () => {
    const markdown = releaseToMarkdown(await sample('sarajevo-press-release'));
    expect(markdown).toContain(
      '“<!--quote {"speaker":"mektic","attribution":"after","reference":"auto","verb":""}-->Only with good regional co-operation and engagement of European security institutions can we efficiently counter this very serious form of international organized crime<!--/quote-->,” said Dragan Mektić, Minister of Security of Bosnia and Herzegovina.',
    );
    expect(markdown).toContain('\n\nSARAJEVO, 20 September 2017 – <!--/dateline-->Co-operation on addressing');
  });

  it('writes lists, headings, emphasis, links and line breaks as plain CommonMark', () => {
    const link = (href: string) => ({
      type: 'link',
      attrs: { href, target: null, rel: 'noopener noreferrer', class: null, title: null },
    });
    const stored = release(
      [
        { type: 'heading', attrs: { level: 2 }, content: [text('Key points')] },
        paragraph(
          text('Read the '),
          text('report', [link('https://www.osce.org/report')]),
          text(' or write to '),
          text('us', [link('mailto:press@osce.org')]),
          text('.'),
        ),
        paragraph(
          text('bold', [{ type: 'bold' }]),
          text(' and '),
          text('italic', [{ type: 'italic' }]),
          text(' words'),
          { type: 'hardBreak' },
          text('next line'),
        ),
        {
          type: 'orderedList',
          attrs: { start: 3, type: null },
          content: [
            { type: 'listItem', content: [paragraph(text('third'))] },
            {
              type: 'listItem',
              content: [
                paragraph(text('fourth')),
                { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('nested'))] }] },
              ],
            },
          ],
        },
      ],
      { type: 'news-item' },
    );
    expect(bodyOf(releaseToMarkdown(stored))).toBe(
      [
        '',
        '## Key points',
        '',
        'Read the [report](https://www.osce.org/report) or write to [us](mailto:press@osce.org).',
        '',
        '**bold** and *italic* words\\',
        'next line',
        '',
        '3. third',
        '4. fourth',
        '   - nested',
        '',
      ].join('\n'),
    );
    expect(releaseFromMarkdown(releaseToMarkdown(stored))).toEqual(stored);
  });

  it('escapes Markdown in the text only where Markdown would read it, and keeps prose clean', () => {
    const stored = release(
      [
        paragraph(text('# Not a heading, 1. not a list, a_b *c* [d] \\ `e` <b> &amp; | f')),
        paragraph(text('2017. It was well-organised, wasn’t it? Mr. Smith’s e-mail: AT&T - ok.')),
        paragraph(text('- not a bullet')),
        paragraph(text('> not a quote')),
      ],
      { type: 'news-item' },
    );
    expect(bodyOf(releaseToMarkdown(stored)).trim().split('\n\n')).toEqual([
      '\\# Not a heading, 1. not a list, a\\_b \\*c\\* \\[d\\] \\\\ \\`e\\` \\<b> \\&amp; \\| f',
      '2017\\. It was well-organised, wasn’t it? Mr. Smith’s e-mail: AT&T - ok.',
      '\\- not a bullet',
      '\\> not a quote',
    ]);
    expect(releaseFromMarkdown(releaseToMarkdown(stored))).toEqual(stored);
  });

  it('keeps empty paragraphs and trailing line breaks in hidden notes', () => {
    const stored = release([{ type: 'paragraph' }, paragraph(text('end'), { type: 'hardBreak' })], {
      type: 'news-item',
    });
    expect(bodyOf(releaseToMarkdown(stored))).toBe('\n<!--empty-paragraph-->\n\nend<!--br-->\n');
    expect(releaseFromMarkdown(releaseToMarkdown(stored))).toEqual(stored);
  });
});

describe('a Markdown round trip', () => {
  it('restores 300 generated releases exactly, each passing the release schema', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const stored = generateRelease(seed);
      const markdown = releaseToMarkdown(stored);
      expect(releaseFromMarkdown(markdown, { validate }), `seed ${seed}:\n${markdown}`).toEqual(stored);
      checked++;
    }
    expect(checked).toBe(300);
  });

  it('restores 1,000 bodies that set emphasis, links and line breaks hard against punctuation and spaces', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const stored = release([], { type: 'news-item' });
      stored.body = generateDenseBody(seed);
      const markdown = releaseToMarkdown(stored);
      expect(releaseFromMarkdown(markdown).body, `seed ${seed}:\n${bodyOf(markdown)}`).toEqual(stored.body);
    }
  });

  it('covers what the generator is for: every language and type, quotes of every kind, lists, breaks, links', () => {
    const seen = new Set<string>();
    const visit = (node: DocNode, release: Release) => {
      seen.add(node.type);
      if (node.type === 'quote') seen.add(`quote:${String(node.attrs?.attribution)}:${String(node.attrs?.reference)}`);
      if (node.type === 'orderedList' && node.attrs?.start !== 1) seen.add('orderedList:start');
      node.marks?.forEach((mark) => seen.add(`mark:${mark.type}:${node.type}`));
      if (node.text && /[*_[\]\\<&`|#]/.test(node.text)) seen.add('markdown-special');
      node.content?.forEach((child) => visit(child, release));
      if (node.type === 'doc') {
        seen.add(`language:${release.language}`);
        seen.add(`type:${release.type}`);
        if (release.embargo) seen.add('embargo');
        if (release.speakers.some((s) => /[ćéШ-я]/.test(s.name))) seen.add('non-ascii speaker');
      }
    };
    for (let seed = 1; seed <= 300; seed++) {
      const stored = generateRelease(seed);
      visit(stored.body, stored);
    }
    const expected = [
      ...['en', 'fr', 'de', 'it', 'ru', 'es'].map((l) => `language:${l}`),
      ...['press-release', 'news-item', 'statement', 'media-advisory'].map((t) => `type:${t}`),
      ...['after', 'before', 'inline'].flatMap((a) => ['auto', 'full', 'short'].map((r) => `quote:${a}:${r}`)),
      'bulletList',
      'orderedList:start',
      'heading',
      'hardBreak',
      'mark:link:text',
      'mark:bold:text',
      'mark:italic:text',
      'mark:bold:hardBreak',
      'markdown-special',
      'embargo',
      'non-ascii speaker',
    ];
    expect([...seen]).toEqual(expect.arrayContaining(expected));
  });
});

describe('importing hand-written Markdown', () => {
  it('takes plain Markdown without hidden notes or id, with a new id and now as its time stamps', () => {
    const markdown = [
      '---',
      'title: Talks in Vienna',
      'type: statement',
      'language: fr',
      'date: 2024-03-01',
      'place: Vienne',
      'countries: Austria',
      '---',
      '',
      'VIENNE, 1er mars 2024 – Un paragraphe *en italique* et __gras__,',
      'sur deux lignes.',
      '',
      '## Un titre',
      '',
      '* un',
      '* deux',
      '',
      '1) trois',
      '',
      'Voir <https://www.osce.org> ou [écrire](mailto:press@osce.org "Presse").',
      '',
    ].join('\n');
    const now = new Date('2024-03-01T08:00:00Z');
    const imported = releaseFromMarkdown(markdown, { newId: () => ID, now, validate });
    expect(imported).toMatchObject({
      id: ID,
      revision: 1,
      headline: 'Talks in Vienna',
      type: 'statement',
      language: 'fr',
      date: '2024-03-01',
      place: 'Vienne',
      countries: ['Austria'],
      embargo: null,
      speakers: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const link = (href: string, title: string | null) => ({
      type: 'link',
      attrs: { href, target: null, rel: 'noopener noreferrer', class: null, title },
    });
    expect(imported.body.content).toEqual([
      paragraph(
        text('Un paragraphe '),
        text('en italique', [{ type: 'italic' }]),
        text(' et '),
        text('gras', [{ type: 'bold' }]),
        text(', sur deux lignes.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Un titre')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('un'))] },
          { type: 'listItem', content: [paragraph(text('deux'))] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [paragraph(text('trois'))] }],
      },
      paragraph(
        text('Voir '),
        text('https://www.osce.org', [link('https://www.osce.org', null)]),
        text(' ou '),
        text('écrire', [link('mailto:press@osce.org', 'Presse')]),
        text('.'),
      ),
    ]);
  });

  it('gives a release with only front matter one empty paragraph, and a random id by default', () => {
    const imported = releaseFromMarkdown(FRONT, { validate });
    expect(imported.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(imported.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(releaseFromMarkdown(FRONT).id).not.toBe(imported.id);
  });
});

describe('importing Markdown Dateline cannot take', () => {
  it('names a missing front matter', () => {
    const error = importError('# A headline\n\nSome text.\n');
    expect(error.message).toMatch(/^Line 1: The file does not start with front matter/);
    expect(error.line).toBe(1);
  });

  it('names bad YAML and its line', () => {
    const error = importError('---\ntitle: A release\ntype: [press-release\nlanguage: en\n---\n\nText.\n');
    expect(error.message).toMatch(/front matter is not valid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('names an unknown type and lists the known ones', () => {
    const error = importError('---\ntitle: A release\ntype: press release\n---\n\nText.\n');
    expect(error.message).toBe(
      'Line 3: “type” is “press release”, which Dateline does not know. Use one of: press-release, news-item, statement, media-advisory.',
    );
  });

  it('names an unknown language', () => {
    expect(importError('---\nlanguage: pt\n---\n').message).toMatch(
      /^Line 2: “language” is “pt”.*en, fr, de, it, ru, es/,
    );
  });

  it('names a date that is not a day', () => {
    const error = importError('---\ntitle: A release\ndate: 2017-02-30\n---\n');
    expect(error.message).toBe('Line 3: “date” is “2017-02-30”, not a date. Write it as YYYY-MM-DD, e.g. 2017-09-20.');
  });

  it('refuses a javascript: link', () => {
    const error = importError(`${FRONT}\nClick [here](javascript:alert(1)) now.\n`);
    expect(error.message).toMatch(/^Line 7: The link to “javascript:alert\(1\)” is not a web or email address/);
  });

  it('refuses a picture', () => {
    expect(importError(`${FRONT}\nText.\n\n![Logo](https://www.osce.org/logo.png)\n`).message).toMatch(
      /^Line 9: Pictures cannot go/,
    );
  });

  it('refuses a table', () => {
    const error = importError(`${FRONT}\n| a | b |\n| - | - |\n| 1 | 2 |\n`);
    expect(error.message).toMatch(/^Line 7: Tables cannot go in a release/);
  });

  it('skips keys of other tools and __proto__ at the top, without polluting anything', () => {
    const release = releaseFromMarkdown(
      '---\ntitle: A release\ntags: [a, b]\n__proto__:\n  polluted: yes\n---\n\nText.\n',
    );
    expect(release.headline).toBe('A release');
    expect(Object.keys(release)).not.toContain('tags');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((release as unknown as Record<string, unknown>).polluted).toBeUndefined();
    const nested = importError('---\nspeakers:\n  - id: a\n    constructor: x\n---\n');
    expect(nested.message).toMatch(/^Line 4: Unknown key “constructor” in a speaker/);
  });

  it('refuses code, block quotes, HTML and level-one headings, naming the line', () => {
    expect(importError(`${FRONT}\n    indented code\n`).message).toMatch(/^Line 7: .*code block/);
    expect(importError(`${FRONT}\n\`\`\`\ncode\n\`\`\`\n`).message).toMatch(/^Line 7: Code blocks/);
    expect(importError(`${FRONT}\n> quoted\n`).message).toMatch(/^Line 7: .*block quote/);
    expect(importError(`${FRONT}\nText\n\n<div>x</div>\n`).message).toMatch(/^Line 9: HTML cannot go/);
    expect(importError(`${FRONT}\nText with <b>bold</b>.\n`).message).toMatch(/^Line 7: HTML \(<b>\) cannot go/);
    expect(importError(`${FRONT}\n# Headline\n`).message).toMatch(/^Line 7: .*belongs in the front matter as “title”/);
  });

  it('explains a dateline or quote attribution edited in the text instead of the front matter', async () => {
    const markdown = releaseToMarkdown(await sample('sarajevo-press-release'));
    const dateline = importError(markdown.replace('SARAJEVO, 20 September', 'SARAJEVO, 21 September'));
    expect(dateline.message).toMatch(
      /dateline “SARAJEVO, 21 September 2017 – ”, but the front matter’s .* give “SARAJEVO, 20 September 2017 – ”/,
    );
    const quote = importError(markdown.replace(',” said Dragan Mektić', ',” said Dragan Mektic'));
    expect(quote.message).toMatch(/right after this quote’s words, but the text there differs/);
    expect(quote.line).toBe(markdown.split('\n').findIndex((line) => line.includes('said Dragan Mektić')) + 1);
  });

  it('hands a failed schema check back as an import error naming the field', () => {
    const markdown = releaseToMarkdown(release([paragraph(text('x'))], { place: 'P'.repeat(201) }));
    const error = (() => {
      try {
        releaseFromMarkdown(markdown, { validate });
      } catch (e) {
        return e as MarkdownImportError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(MarkdownImportError);
    expect(error.message).toMatch(/^Line \d+: The release does not pass Dateline’s checks \(place\)/);
  });
});
