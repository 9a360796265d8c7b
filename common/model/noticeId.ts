import { z } from 'zod';

/** A notice's id: one token of letters, digits and . _ : + -, never a path or a file name with folders. */
export const NOTICE_ID = /^[0-9A-Za-z][0-9A-Za-z._:+-]{0,499}$/;

export const noticeIdSchema = z.string().regex(NOTICE_ID, 'not the id of a notice');

/**
 * An id made from words and paths that NOTICE_ID takes: folder separators become ":" (so the
 * same file gives the same id on every system) and any other sign "_". Always the same for the same input.
 */
export function noticeId(raw: string): string {
  const token = raw.replace(/[\\/]/g, ':').replace(/[^0-9A-Za-z._:+-]/g, '_');
  return (/^[0-9A-Za-z]/.test(token) ? token : `n${token}`).slice(0, 500);
}
