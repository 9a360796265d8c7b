import { describe, expect, it } from 'vitest';
import { externalUrl, isAllowedExternal, isTrustedFrame, isTrustedSender } from '../../../main/shell/policy';

describe('which links the shell hands to the system (shell.openExternal)', () => {
  it.each([
    ['https://www.osce.org/', 'https://www.osce.org/'],
    ['http://example.org/a?b=1', 'http://example.org/a?b=1'],
    ['mailto:press@osce.org', 'mailto:press@osce.org'],
    ['  HTTPS://WWW.OSCE.ORG  ', 'https://www.osce.org/'],
    ['http://localhost:8080/', 'http://localhost:8080/'],
  ])('opens %j as %j', (url, expected) => {
    expect(isAllowedExternal(url)).toBe(true);
    expect(externalUrl(url)).toBe(expected);
  });

  it.each([
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'FILE:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java&#x73;cript:alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'app://x/../',
    'app://dateline/index.html',
    'dateline://open?file=/etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'smb://evil.example/share',
    '\\\\evil.example\\share\\x.exe',
    '//evil.example/',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'blob:https://evil.example/0b5cf9c4',
    'ftp://evil.example/',
    'tel:+43123',
    'https://www.osce.org@evil.example/',
    'http://user:password@localhost/',
    'https://',
    'mailto:',
    '',
    'not a url',
    `https://example.org/${'a'.repeat(9000)}`,
    null,
    undefined,
    42,
    { href: 'https://www.osce.org/' },
  ])('refuses %j', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
    expect(externalUrl(url)).toBeUndefined();
  });
});

describe('which pages are the app’s own (IPC senders and navigation)', () => {
  const FILE_APP = 'file:///opt/Dateline/resources/app.asar/out/renderer/index.html';
  const DEV_APP = 'http://localhost:5173';

  it.each([
    [FILE_APP, FILE_APP],
    [`${FILE_APP}#/release/1`, FILE_APP],
    [`${FILE_APP}?x=1`, FILE_APP],
    ['file:///opt/Dateline/resources/app.asar/out/renderer/./index.html', FILE_APP],
    ['file:///opt/Dateline/resources/app.asar/out/x/../renderer/index.html', FILE_APP],
    [
      'file:///C:/Program%20Files/Dateline/out/renderer/index.html',
      'file:///C:/Program Files/Dateline/out/renderer/index.html',
    ],
    ['http://localhost:5173/', DEV_APP],
    ['http://localhost:5173/src/main.tsx', DEV_APP],
    ['http://LOCALHOST:5173/#x', `${DEV_APP}/`],
  ])('trusts %j as %j', (frameUrl, expected) => {
    expect(isTrustedSender(frameUrl, expected)).toBe(true);
  });

  it.each([
    // Any other file called renderer/index.html is not the app.
    ['file:///tmp/evil/renderer/index.html', FILE_APP],
    ['file:///opt/Dateline/resources/app.asar/out/renderer/index.html.evil', FILE_APP],
    ['file:///opt/Dateline/resources/app.asar/out/renderer/../renderer2/index.html', FILE_APP],
    ['file://evil.example/opt/Dateline/resources/app.asar/out/renderer/index.html', FILE_APP],
    ['file:///opt/Dateline/resources/app.asar/out/renderer/other.html', FILE_APP],
    ['https://opt/Dateline/resources/app.asar/out/renderer/index.html', FILE_APP],
    // Lookalikes of the dev server.
    ['http://localhost:5173.evil.example/', DEV_APP],
    ['http://localhost:51730/', DEV_APP],
    ['http://localhost:5174/', DEV_APP],
    ['http://localhost.evil.example:5173/', DEV_APP],
    ['http://localhost:5173@evil.example/', DEV_APP],
    ['http://user@localhost:5173/', DEV_APP],
    ['https://localhost:5173/', DEV_APP],
    ['http://127.0.0.1:5173/', DEV_APP],
    ['http://[::1]:5173/', DEV_APP],
    ['ws://localhost:5173/', DEV_APP],
    // Custom schemes have an opaque origin, so nothing matches them.
    ['app://x/../', 'app://x/'],
    ['app://x/index.html', 'app://x/index.html'],
    ['javascript:alert(1)', DEV_APP],
    ['data:text/html,hi', DEV_APP],
    ['about:blank', FILE_APP],
    ['', FILE_APP],
    ['not a url', FILE_APP],
    [FILE_APP, 'not a url'],
    [null, FILE_APP],
    [undefined, DEV_APP],
  ])('refuses %j for %j', (frameUrl, expected) => {
    expect(isTrustedSender(frameUrl, expected)).toBe(false);
  });

  it('takes requests only from a window’s top frame', () => {
    expect(isTrustedFrame({ url: FILE_APP, parent: null }, FILE_APP)).toBe(true);
    expect(isTrustedFrame({ url: FILE_APP, parent: { url: FILE_APP } }, FILE_APP)).toBe(false);
    expect(isTrustedFrame({ url: 'file:///tmp/evil.html', parent: null }, FILE_APP)).toBe(false);
    expect(isTrustedFrame(null, FILE_APP)).toBe(false);
    expect(isTrustedFrame(undefined, FILE_APP)).toBe(false);
  });
});
