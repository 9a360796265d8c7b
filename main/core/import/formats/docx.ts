import JSZip from 'jszip';
import mammoth from 'mammoth';
import { LoadError } from '../../../../common/model/migrate';
import { htmlToText } from './html';

/** What a Word document holds that an import cannot keep silently: tracked changes and comments. */
async function revisions(bytes: Buffer): Promise<{ inserted: number; deleted: number; comments: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  if (document === undefined)
    throw new LoadError(
      'it is not a Word document: it is a zip file without word/document.xml (perhaps a renamed archive). Open it in Word, save it as .docx and import it again.',
    );
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const count = (xml: string, tag: string) => xml.match(new RegExp(`<w:${tag}[\\s>]`, 'gu'))?.length ?? 0;
  return { inserted: count(document, 'ins'), deleted: count(document, 'del'), comments: count(comments, 'comment') };
}

/** A .docx as text for the recogniser, through mammoth's HTML (headings, lists, quotes kept). */
export async function docxToText(bytes: Buffer): Promise<{ text: string; warnings: string[] }> {
  let tracked: Awaited<ReturnType<typeof revisions>>;
  try {
    tracked = await revisions(bytes);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(
      'it is not a Word document (.docx): it could not be opened as one. Save it from Word as .docx and import it again.',
    );
  }
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const warnings: string[] = [];
  if (tracked.inserted + tracked.deleted > 0)
    warnings.push(
      `The document has unaccepted tracked changes (${tracked.inserted} insertions, ${tracked.deleted} deletions): it was imported as if all were accepted. Check the text against the document.`,
    );
  if (tracked.comments > 0)
    warnings.push(
      `The document has ${tracked.comments} comment${tracked.comments === 1 ? '' : 's'}, which were not imported: read them in Word.`,
    );
  return { text: htmlToText(`<article>${html}</article>`).text, warnings };
}
