import { Window } from 'happy-dom';
import type { SeedArticle } from './seeds';

/** Whitespace runs become one space; “ ” ‘ ’ « » „ and the straight " ' all become one mark. */
export const normalise = (text: string) =>
  text
    .replace(/[“”‘’«»„"']/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
export const normaliseAll = (lines: string[]) => lines.map(normalise).filter((line) => line !== '');

/** What the seed prints as its article: headline, the summary above the metadata, then the body. */
export const seedParagraphs = (seed: SeedArticle) => normaliseAll([seed.headline, ...seed.summary, ...seed.body]);

/** An exported HTML page or fragment, read as a browser reads it: its type line, paragraphs and metadata. */
export function printedHtml(window: Window, html: string) {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const article = template.content.querySelector('article')!;
  const blocks = [...article.querySelectorAll('h1, h2, h3, p, li')].filter(
    (el) => !el.closest('dl') && !el.classList.contains('release-type') && !el.querySelector('p'),
  );
  return {
    type: article.querySelector('.release-type')?.textContent ?? '',
    paragraphs: blocks.map((el) => el.textContent ?? ''),
    metadata: [...article.querySelectorAll('dl.release-meta > div')].map((div) => ({
      label: div.querySelector('dt')?.textContent ?? '',
      value: div.querySelector('dd')?.textContent ?? '',
    })),
  };
}
