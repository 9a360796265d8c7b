import { formatReleaseDate } from '../../model/dateline';
import type { Release } from '../../model/release';
import { bodyPlainText } from '../../render/plainText';
import { embargoText, type ExportStatus } from '../html/document';
import { EXPORT_LABELS } from '../html/labels';

export interface TextOptions {
  status?: ExportStatus;
}

const approved = (status?: ExportStatus) => status === 'approved' || status === 'published';

/** The DRAFT line a release carries in every format until its approval verifies; '' once it does. */
export function draftMark(release: Release, status?: ExportStatus): string {
  return status && !approved(status) ? EXPORT_LABELS[release.language].draft : '';
}

/** "EMBARGOED UNTIL 1 March 2026, 09:00 (Europe/Vienna)", or '' without an embargo. */
export function embargoLine(release: Release): string {
  return release.embargo ? `${EXPORT_LABELS[release.language].embargoedUntil} ${embargoText(release)}` : '';
}

/** One contact on one line: "Name, Role, email, phone". */
export function contactLine(contact: Release['mediaContacts'][number]): string {
  return [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', ');
}

/**
 * The release as plain text, in reading order and house style: what an e-mail's text part and a
 * NINJS text body carry. Sections are separated by blank lines.
 */
export function releaseToPlainText(release: Release, options: TextOptions = {}): string {
  const labels = EXPORT_LABELS[release.language];
  const list = (label: string, items: string[]) => (items.length ? `${label} ${items.join(', ')}` : '');
  const isNews = release.type === 'news-item';
  const date = release.date ? formatReleaseDate(release.date, release.language) : '';
  const meta = [
    date && `${isNews ? labels.issuedOn : labels.date} ${date}`,
    list(isNews ? labels.issuedBy : labels.source, release.issuers),
    list(labels.fieldsOfWork, release.fieldsOfWork),
    list(labels.countries, release.countries),
  ].filter(Boolean);
  const sections = [
    draftMark(release, options.status),
    embargoLine(release),
    [labels.types[release.type], release.headline || 'Untitled release', release.subheading].filter(Boolean).join('\n'),
    meta.join('\n'),
    release.lead,
    bodyPlainText(release).split('\n').join('\n\n'),
    release.notesToEditors.trim() && `${labels.notesToEditors}\n${release.notesToEditors.trim()}`,
    release.mediaContacts.length > 0 && `${labels.mediaContacts}\n${release.mediaContacts.map(contactLine).join('\n')}`,
    release.boilerplate.trim(),
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
