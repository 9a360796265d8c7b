// The shell's security decisions as pure functions: no Electron here, so they are unit-tested (tests/unit/security/policy.test.ts).
import { safeHref } from '../../common/links';

/**
 * The URL to hand to the operating system for a link the window wanted to open, or undefined:
 * web pages and mail only (http, https, mailto), decided as for links in a release (no
 * `javascript:`, `file:` or custom schemes however encoded, no user name in the address).
 */
export function externalUrl(url: unknown): string | undefined {
  return safeHref(url);
}

/** Whether a link may be opened in the system's browser or mail program (see externalUrl). */
export function isAllowedExternal(url: unknown): boolean {
  return externalUrl(url) !== undefined;
}

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function decodedPath(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
}

/**
 * Whether a page at `frameUrl` is the app's own page at `expected`: the very same file for a
 * `file:` page (not any file called index.html), the same origin for the dev server (so
 * `http://localhost:5173.evil.example` or `http://localhost:51730` are not it). Any other
 * scheme is refused: custom schemes have no origin to compare.
 */
export function isTrustedSender(frameUrl: unknown, expected: string): boolean {
  const actual = parse(frameUrl);
  const wanted = parse(expected);
  if (!actual || !wanted || actual.protocol !== wanted.protocol) return false;
  if (actual.username !== '' || actual.password !== '') return false;
  if (wanted.protocol === 'file:') {
    const path = decodedPath(actual);
    return actual.host === wanted.host && path !== undefined && path === decodedPath(wanted);
  }
  if (wanted.protocol === 'http:' || wanted.protocol === 'https:') return actual.origin === wanted.origin;
  return false;
}

/** The part of Electron's WebFrameMain the decision needs. */
export interface SenderFrame {
  url: string;
  /** null for a window's top frame. */
  parent: unknown;
}

/** Whether an IPC request comes from the app's own page in a window's top frame (never a subframe). */
export function isTrustedFrame(frame: SenderFrame | null | undefined, expected: string): boolean {
  return !!frame && frame.parent === null && isTrustedSender(frame.url, expected);
}
