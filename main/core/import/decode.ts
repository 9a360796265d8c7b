import { isUtf8 } from 'node:buffer';
import { LoadError } from '../../../common/model/migrate';

/** The line of the first bytes that are not UTF-8 (a real U+FFFD in the file is passed over). */
function firstBadLine(bytes: Buffer): number {
  const text = bytes.toString('utf8');
  // Offsets are carried forward, so a file full of real U+FFFD is read once, not once per sign.
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    const written = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!written) return text.slice(0, at).split('\n').length;
    offset += 3;
    from = at + 1;
  }
  return 1;
}

/**
 * Decodes an imported file strictly, as the store reads its own: lenient decoding would turn
 * foreign bytes into U+FFFD without a word, and the release would keep them.
 */
export function decodeImport(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  throw new LoadError(
    `it is not UTF-8 text: line ${firstBadLine(bytes)} holds bytes that are not UTF-8 (the file may be binary, or saved in another encoding such as Windows-1252). Save it as UTF-8 and import it again.`,
  );
}
