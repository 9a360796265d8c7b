/** The only link targets a release may carry. */
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * Whether a link is http, https or mailto. Control characters and whitespace are removed first,
 * as browsers do, so "java\tscript:" or " JaVaScRiPt:" cannot slip through.
 */
export function isSafeLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  try {
    return SAFE_PROTOCOLS.includes(new URL(cleaned).protocol);
  } catch {
    return false;
  }
}
