import { extname } from 'node:path';
import sanitize from 'sanitize-filename';
import type { Release } from '../model/release';

/** Bytes kept for the name before its extension: far below every file system's 255. */
const STEM_BYTES = 120;

function truncateBytes(text: string, bytes: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > bytes) break;
    out += char;
  }
  return out;
}

/**
 * A file name safe on Windows, macOS and Linux: no folders, no reserved names (CON, NUL…),
 * no trailing dots or spaces, the extension kept, the length limited.
 */
export function safeFileName(wanted: string, extension: string, fallback = 'release'): string {
  const base = wanted.replace(/[\\/]+/g, '-').replace(/\.+$/, '');
  const stem = truncateBytes(
    sanitize(base, { replacement: '-' }).replace(/^[.\s-]+|[.\s-]+$/g, ''),
    STEM_BYTES,
  ).replace(/[.\s-]+$/g, '');
  const safeStem = sanitize(stem) === stem && stem !== '' ? stem : fallback;
  return `${safeStem}${extension.startsWith('.') ? extension : `.${extension}`}`;
}

/** "2017-09-20-co-operation-on-addressing-migration-related-crimes.html": date and headline. */
export function exportFileName(release: Pick<Release, 'date' | 'headline' | 'id'>, extension: string): string {
  const slug = release.headline
    .toLocaleLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // A long headline is cut at a word boundary.
  const short = slug.length <= 80 ? slug : slug.slice(0, 81).replace(/-[^-]*$/, '');
  const wanted = [release.date, short].filter(Boolean).join('-');
  return safeFileName(wanted, extension, release.id);
}

/** Whether a path's extension is the one wanted (a save dialog may drop it). */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}
