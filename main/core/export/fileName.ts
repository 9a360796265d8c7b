import { extname } from 'node:path';
import { format } from 'date-fns';
import sanitize from 'sanitize-filename';
import type { Release } from '../../../common/model/release';

/** Bytes kept for the name before its extension: far below every file system's 255. */
const STEM_BYTES = 120;

/** Names Windows keeps for devices, with or without an extension: CON, con.txt, COM1, LPT9, COM¹… */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/**
 * Invisible characters that could disguise a name (zero-width space, bidi marks and overrides
 * such as U+202E, BOM). The joiners U+200C and U+200D stay: words and emoji need them.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
/** Control characters, DEL included (sanitize-filename leaves DEL). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The bytes a name takes on disk, as typed (NFC) or as macOS may store it (NFD), whichever is more. */
function diskBytes(text: string): number {
  return Math.max(Buffer.byteLength(text.normalize('NFC')), Buffer.byteLength(text.normalize('NFD')));
}

/** The longest start of `text` within `bytes`, never cutting a character or its accents apart. */
function truncateBytes(text: string, bytes: number): string {
  // Most names fit whole; measuring every prefix (quadratic) is only needed to cut one.
  if (diskBytes(text) <= bytes) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (diskBytes(out + segment) > bytes) break;
    out += segment;
  }
  return out;
}

/** Whether Windows reads the name as a device: the part before the first dot, trailing spaces ignored. */
function isWindowsDevice(name: string): boolean {
  return WINDOWS_DEVICE.test(name.split('.')[0]!.replace(/[\s.]+$/, ''));
}

/** Whether a stem can be a file name everywhere as it is. */
function isSafeStem(stem: string): boolean {
  return stem !== '' && sanitize(stem) === stem && !isWindowsDevice(stem) && !/^[.\s-]|[.\s]$/.test(stem);
}

/**
 * A file name safe on Windows, macOS and Linux: no folders, no reserved names (CON, NUL…),
 * no trailing dots or spaces, no control or invisible characters, the extension kept, the
 * length limited (in bytes, so a Cyrillic or Georgian headline fits too).
 */
export function safeFileName(wanted: string, extension: string, fallback = 'release'): string {
  const base = wanted
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '-')
    .replace(/[\\/]+/g, '-')
    .replace(/\.+$/, '');
  const stem = truncateBytes(
    sanitize(base, { replacement: '-' }).replace(/^[.\s-]+|[.\s-]+$/g, ''),
    STEM_BYTES,
  ).replace(/[.\s-]+$/g, '');
  const safeStem = isSafeStem(stem) ? stem : isSafeStem(fallback) ? fallback : 'release';
  return `${safeStem}${extension.startsWith('.') ? extension : `.${extension}`}`;
}

/**
 * "2017-09-20-co-operation-on-addressing-migration-related-crimes.html": date and headline. A release
 * with no usable headline is "2017-09-20-untitled.html", today's date standing in for a missing one:
 * a name a press officer recognises, never the release's internal id.
 */
export function exportFileName(
  release: Pick<Release, 'date' | 'headline' | 'id'>,
  extension: string,
  today: Date = new Date(),
): string {
  const slug = release.headline
    .toLocaleLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // A long headline is cut at a word boundary (counted in characters, so no pair of surrogates is split).
  const chars = Array.from(slug);
  const short =
    chars.length <= 80
      ? slug
      : chars
          .slice(0, 81)
          .join('')
          .replace(/-[^-]*$/, '');
  const untitled = `${release.date || format(today, 'yyyy-MM-dd')}-untitled`;
  const wanted = short ? [release.date, short].filter(Boolean).join('-') : untitled;
  return safeFileName(wanted, extension, untitled);
}

/**
 * The export name of a release not yet in `taken` (compared without case, as Windows and macOS do):
 * a second release with the same date and headline gets -2, -3… before the extension. The name is
 * added to `taken`. Numbering the cut name, not the headline, is what makes the loop end.
 */
export function uniqueExportName(
  release: Pick<Release, 'date' | 'headline' | 'id'>,
  extension: string,
  taken: Set<string>,
): string {
  const first = exportFileName(release, extension);
  let name = first;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = first.replace(/(\.[^.]+)$/, `-${n}$1`);
  taken.add(name.toLowerCase());
  return name;
}

/** Whether a path's extension is the one wanted (a save dialog may drop it). */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}
