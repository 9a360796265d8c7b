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

/** A safe link as a valid URL for an href (spaces and angle brackets percent-encoded), or undefined. */
export function safeHref(url: string): string | undefined {
  if (!isSafeLink(url)) return undefined;
  // eslint-disable-next-line no-control-regex
  const parsed = new URL(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
  const prefix = parsed.protocol === 'mailto:' ? 'mailto:' : `${parsed.protocol}//${parsed.host}`;
  // URL keeps [ and ] in paths, which HTML's href grammar refuses.
  return prefix + parsed.href.slice(prefix.length).replace(/[[\]]/g, (c) => encodeURIComponent(c));
}
