import type { Release } from '../../model/release';
import { formatReleaseDate } from '../../model/dateline';
import { bodyContext } from '../../render/context';
import { bodyHtml } from './body';
import { EXPORT_CSS } from './css';
import { escapeHtml } from './escape';
import { EXPORT_LABELS } from './labels';
import { newsArticleJsonLd } from './jsonLd';

/** Where a release stands; anything not yet approved carries a DRAFT banner when exported. */
export type ExportStatus = 'draft' | 'in-review' | 'approved' | 'published';

export interface HtmlOptions {
  /** Omitted: no banner (the status is not known to the caller). */
  status?: ExportStatus;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');

function meta(label: string, value: string): string {
  return value ? `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>` : '';
}

/** "1 March 2026, 09:00 (Europe/Vienna)". */
export function embargoText(release: Release): string {
  const { embargo } = release;
  if (!embargo) return '';
  return `${formatReleaseDate(embargo.date, release.language)}, ${embargo.time} (${embargo.timeZone})`;
}

function boilerplateHtml(text: string): string {
  const [first = '', ...rest] = text.trim().split('\n');
  // "About the OSCE" on its own first line is the section's heading.
  if (/^(about|à propos|über|informazioni|о |acerca)/i.test(first) && first.length < 80 && rest.length > 0) {
    return `<section class="about">\n<h2>${escapeHtml(first.trim())}</h2>\n${paragraphs(rest.join('\n'))}\n</section>`;
  }
  return `<div class="about">\n${paragraphs(text)}\n</div>`;
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The article alone: what a website's CMS takes. */
export function releaseToHtmlFragment(release: Release, options: HtmlOptions = {}): string {
  const labels = EXPORT_LABELS[release.language];
  const context = bodyContext(release);
  const isNews = release.type === 'news-item';
  const date = release.date
    ? `<time datetime="${escapeHtml(release.date)}">${escapeHtml(formatReleaseDate(release.date, release.language))}</time>`
    : '';
  const list = (items: string[]) => escapeHtml(items.join(', '));
  const status = options.status;
  const parts = [
    `<article class="release release--${release.type}" lang="${release.language}">`,
    status && status !== 'approved' && status !== 'published' ? `<p class="draft">${escapeHtml(labels.draft)}</p>` : '',
    release.embargo
      ? `<p class="embargo">${escapeHtml(labels.embargoedUntil)} ${escapeHtml(embargoText(release))}</p>`
      : '',
    '<header>',
    `<p class="release-type">${escapeHtml(labels.types[release.type])}</p>`,
    `<h1>${escapeHtml(release.headline || 'Untitled release')}</h1>`,
    release.subheading ? `<p class="subheading">${escapeHtml(release.subheading)}</p>` : '',
    '<dl class="release-meta">',
    meta(isNews ? labels.issuedOn : labels.date, date),
    isNews ? '' : meta(labels.place, escapeHtml(release.place.toLocaleUpperCase(release.language))),
    meta(isNews ? labels.issuedBy : labels.source, list(release.issuers)),
    meta(labels.fieldsOfWork, list(release.fieldsOfWork)),
    meta(labels.countries, list(release.countries)),
    meta(labels.meeting, escapeHtml(release.meetingType)),
    '</dl>',
    '</header>',
    release.lead ? `<p class="lead">${escapeHtml(release.lead)}</p>` : '',
    `<div class="release-body">\n${bodyHtml(release.body, context)}\n</div>`,
    release.notesToEditors.trim()
      ? `<section class="notes">\n<h2>${escapeHtml(labels.notesToEditors)}</h2>\n${paragraphs(release.notesToEditors)}\n</section>`
      : '',
    release.mediaContacts.length
      ? `<section class="media-contacts">\n<h2>${escapeHtml(labels.mediaContacts)}</h2>\n<ul class="contacts">\n${release.mediaContacts
          .map((c) =>
            [
              c.name && escapeHtml(c.name),
              c.role && escapeHtml(c.role),
              c.email && `<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>`,
              c.phone && `<a href="${escapeHtml(telHref(c.phone))}">${escapeHtml(c.phone)}</a>`,
            ]
              .filter(Boolean)
              .join(', '),
          )
          .map((line) => `<li>${line}</li>`)
          .join('\n')}\n</ul>\n</section>`
      : '',
    release.boilerplate.trim() ? boilerplateHtml(release.boilerplate) : '',
    '</article>',
  ];
  return parts.filter(Boolean).join('\n');
}

/** A standalone, printable page: the article, its metadata for search engines, and inline CSS. */
export function releaseToHtmlDocument(release: Release, options: HtmlOptions = {}): string {
  const title = release.headline || 'Untitled release';
  // "</script>" inside the data must not close the element.
  const jsonLd = JSON.stringify(newsArticleJsonLd(release), null, 2).replace(/</g, '\\u003c');
  return [
    '<!DOCTYPE html>',
    `<html lang="${release.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    release.lead ? `<meta name="description" content="${escapeHtml(release.lead)}">` : '',
    `<style>${EXPORT_CSS}</style>`,
    `<script type="application/ld+json">\n${jsonLd}\n</script>`,
    '</head>',
    '<body>',
    '<main>',
    releaseToHtmlFragment(release, options),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
