import { Window } from 'happy-dom';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { releaseToHtmlFragment } from '../../common/export/html';
import { releaseToMarkdown } from '../../common/export/markdown';
import type { Release } from '../../common/model/release';
import { loadSample } from '../helpers/samples';
import { normalise, normaliseAll, printedHtml, seedParagraphs } from '../helpers/seedCompare';
import { seedArticle, seedText } from '../helpers/seeds';

/**
 * Each sample is a page the OSCE published (tests/helpers/seeds.ts): exported, it must print the
 * seed's words and no others. Only the quotation marks may differ, since Dateline sets quotes in
 * house style and the site does not always (it closes one of Nicot's quotes with a straight mark).
 */
const CASES = [
  { sample: 'sarajevo-press-release', seed: '004_' },
  { sample: 'bratislava-news-item', seed: '000_' },
] as const;

const window = new Window();
afterAll(() => window.happyDOM.close());

/** The HTML fragment (what a website's CMS takes), read as a browser reads it. */
const htmlExport = (release: Release) => printedHtml(window, releaseToHtmlFragment(release));

/** The Markdown file as a static site prints it: title, subheading and lead, then the rendered body. */
function markdownExport(release: Release) {
  const markdown = releaseToMarkdown(release);
  const end = markdown.indexOf('\n---\n');
  const front = parseYaml(markdown.slice(4, end)) as Record<string, string>;
  const visible = markdown.slice(end + 5).replace(/<!--[\s\S]*?-->/g, '');
  const template = window.document.createElement('template');
  template.innerHTML = new MarkdownIt().render(visible);
  const blocks = [...template.content.querySelectorAll('h1, h2, h3, p, li')].filter((el) => !el.querySelector('p'));
  const text = (key: string) => (front[key] ?? '').split('\n');
  return {
    paragraphs: [
      front.title ?? '',
      ...text('subheading'),
      ...text('lead'),
      ...blocks.map((el) => el.textContent ?? ''),
      ...text('notes_to_editors'),
      ...text('boilerplate'),
    ],
  };
}

describe.each(CASES)('the sample $sample, exported', ({ sample, seed }) => {
  it('prints in HTML the seed article’s headline, summary and body, paragraph for paragraph (whitespace normalised; “ ” ‘ ’ « » „ and straight quotes count as one mark)', async () => {
    const page = seedArticle(await seedText(seed));
    const html = htmlExport(await loadSample(sample));
    expect(normaliseAll(html.paragraphs)).toEqual(seedParagraphs(page));
  });

  it('prints in Markdown the seed article’s headline, summary and body, paragraph for paragraph (whitespace normalised; “ ” ‘ ’ « » „ and straight quotes count as one mark)', async () => {
    const page = seedArticle(await seedText(seed));
    const markdown = markdownExport(await loadSample(sample));
    expect(normaliseAll(markdown.paragraphs)).toEqual(seedParagraphs(page));
  });

  it('prints in HTML the seed’s type and metadata labels, with its values; a date the seed leaves empty comes from its text', async () => {
    const page = seedArticle(await seedText(seed));
    const html = htmlExport(await loadSample(sample));
    // The site capitalises "News Item"; the label is the exporter's, not the sample's.
    expect(html.type.toLowerCase()).toBe(page.type.toLowerCase());
    expect(html.metadata.map((m) => m.label)).toEqual(page.metadata.map((m) => m.label));
    const printed = normalise([page.headline, ...page.summary, ...page.body].join(' '));
    html.metadata.forEach(({ label, value }, i) => {
      const seedValue = page.metadata[i]!.value;
      if (seedValue) expect(normalise(value), label).toBe(normalise(seedValue));
      else expect(printed, label).toContain(normalise(value));
    });
  });
});
