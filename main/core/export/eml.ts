import MailComposer from 'nodemailer/lib/mail-composer';
import { EXPORT_CSS, releaseToHtmlFragment, type ExportStatus } from '../../../common/export/html';
import { escapeHtml } from '../../../common/export/html/escape';
import { draftMark, embargoLine, releaseToPlainText } from '../../../common/export/text';
import { zonedInstant } from '../../../common/model/time';
import type { Release } from '../../../common/model/release';
import type { DistributionList } from '../../../common/model/settings';

export interface EmlOptions {
  status?: ExportStatus;
  /** The office's sending address; '' leaves From to the mail program. */
  from?: string;
  /** Every address goes in Bcc: journalists never see each other. */
  lists?: DistributionList[];
  now?: Date;
}

/** An embargo still in force at `now`: the subject says so first. */
function embargoHolds(release: Release, now: Date): boolean {
  const { embargo } = release;
  if (!embargo) return false;
  const lifts = zonedInstant(embargo.date, embargo.time, embargo.timeZone);
  return lifts === undefined || lifts > now.getTime();
}

/** "EMBARGOED UNTIL 12 May 2026, 09:00 (Europe/Vienna): Headline", "DRAFT – …: Headline" before approval. */
export function emailSubject(release: Release, status: ExportStatus | undefined, now: Date): string {
  const headline = release.headline || 'Untitled release';
  const prefixes = [draftMark(release, status), embargoHolds(release, now) ? embargoLine(release) : ''].filter(Boolean);
  return prefixes.length ? `${prefixes.join(' – ')}: ${headline}` : headline;
}

/**
 * The release as an unsent e-mail (.eml): HTML and plain text, the distribution lists in Bcc and
 * `X-Unsent: 1`, so Outlook and Apple Mail open it as a draft ready to send. Nothing is sent.
 */
export async function releaseToEml(release: Release, options: EmlOptions = {}): Promise<Buffer> {
  const now = options.now ?? new Date();
  const bcc = [...new Set((options.lists ?? []).flatMap((list) => list.addresses))];
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${release.language}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(release.headline || 'Untitled release')}</title>`,
    `<style>${EXPORT_CSS}</style></head>`,
    `<body>${releaseToHtmlFragment(release, { status: options.status })}</body></html>`,
  ].join('\n');
  const composer = new MailComposer({
    ...(options.from ? { from: options.from } : {}),
    ...(bcc.length ? { bcc } : {}),
    subject: emailSubject(release, options.status, now),
    date: now,
    text: releaseToPlainText(release, { status: options.status }),
    html,
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
  });
  const node = composer.compile();
  // A draft to be sent from the mail program must keep its Bcc line: nothing else would say who gets it.
  node.keepBcc = true;
  return node.build();
}
