import { simpleParser } from 'mailparser';
import { LoadError } from '../../../../common/model/migrate';
import type { Hints } from '../text/recognise';
import { htmlToText } from './html';

/** An .eml message as text for the recogniser: its plain part (or its HTML part), the subject and date as hints. */
export async function emailToText(bytes: Buffer): Promise<{ text: string; hints: Hints }> {
  const mail = await simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  if (mail.headers.size === 0)
    throw new LoadError(
      'it is not an e-mail message: it has no headers. Save the message from the mail program as .eml and import it again.',
    );
  const html = typeof mail.html === 'string' ? mail.html : '';
  const plain = mail.text?.trim() ?? '';
  // The plain part keeps the sender's lines; an HTML-only message is read as a page.
  const text = plain || (html ? htmlToText(html).text : '');
  if (!text.trim())
    throw new LoadError('the e-mail holds no text (only attachments or images). Import the attachment itself.');
  const hints: Hints = {};
  const subject = mail.subject?.replace(/^(?:(?:fw|fwd|tr|wg|re|aw|ris|rv|пер|отв)\s*:\s*)+/iu, '').trim();
  if (subject) hints.headline = subject;
  const from = mail.from?.value[0];
  if (from) hints.sender = [from.name, from.address].filter(Boolean).join(' ');
  if (mail.date && !Number.isNaN(mail.date.getTime())) hints.sentOn = mail.date.toISOString().slice(0, 10);
  return { text, hints };
}
