/** The only link targets a release may carry. */
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** Far longer than any real link: a longer one is a pasted blob, not an address. */
export const MAX_LINK_LENGTH = 8192;

/** Control characters, every kind of space, and invisible format characters (zero-width, bidi, BOM). */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/** The named references that spell characters a scheme could be hidden with; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  sol: '/',
  bsol: '\\',
  period: '.',
  lpar: '(',
  rpar: ')',
  num: '#',
  percnt: '%',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
};

function character(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** One round of HTML character references (with or without the `;`, as browsers forgive) and %XX escapes. */
function decodeOnce(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,8});?/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d{1,10});?/g, (_, decimal: string) => character(parseInt(decimal, 10)))
    .replace(/&([a-z]{2,8});?/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole)
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The scheme a browser, a Markdown renderer or a CMS could end up seeing, whatever encoding hid it. */
function decodedScheme(cleaned: string): string | undefined {
  let text = cleaned;
  // Encodings can be nested (`&amp;#106;`); a few rounds undo any a renderer would.
  for (let round = 0; round < 5; round++) {
    const next = decodeOnce(text).replace(INVISIBLE, '');
    if (next === text) break;
    text = next;
  }
  return /^([a-z][a-z\d+.-]*):/i.exec(text)?.[1]?.toLowerCase();
}

/**
 * A safe link as a valid URL for an href, or undefined. Safe: http, https or mailto, decided on
 * the link with control characters and spaces removed (as browsers do, so "java\tscript:" or
 * " JaVaScRiPt:" cannot slip through) and on its entity- and percent-decoded form too (so
 * "java&#x73;cript:" or "%6Aavascript:" cannot either). Protocol-relative links ("//host"),
 * links with a user name (a disguise: "https://www.osce.org@evil.example") and links without
 * a host are refused.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > MAX_LINK_LENGTH) return undefined;
  const cleaned = url.replace(INVISIBLE, '');
  const scheme = decodedScheme(cleaned);
  if (scheme === undefined || !SAFE_PROTOCOLS.includes(`${scheme}:`)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.includes(parsed.protocol) || `${scheme}:` !== parsed.protocol) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  if (parsed.protocol === 'mailto:' ? parsed.pathname === '' : parsed.hostname === '') return undefined;
  const prefix = parsed.protocol === 'mailto:' ? 'mailto:' : `${parsed.protocol}//${parsed.host}`;
  // URL keeps [ and ] in paths, which HTML's href grammar refuses.
  return prefix + parsed.href.slice(prefix.length).replace(/[[\]]/g, (c) => encodeURIComponent(c));
}

/** Whether a link is http, https or mailto, however it is written (see safeHref). */
export function isSafeLink(url: unknown): boolean {
  return safeHref(url) !== undefined;
}
