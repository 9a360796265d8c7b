import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileName } from '../../../main/core/export/fileName';

const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const FALLBACK = 'fallback';

/** What makes a name unsafe somewhere: Windows devices, separators, reserved characters, control and invisible characters. */
function expectSafe(name: string, extension: string): void {
  const stem = name.slice(0, -extension.length);
  expect(name.endsWith(extension)).toBe(true);
  expect(stem).not.toBe('');
  expect(name).not.toMatch(/[\\/:*?"<>|]/);
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  expect(stem).not.toMatch(/^[.\s-]|[.\s]$/);
  expect(stem.split('.')[0]!.trim()).not.toMatch(
    /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i,
  );
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  expect(Buffer.byteLength(name.normalize('NFD'))).toBeLessThanOrEqual(255);
  // No half of a surrogate pair left alone by a cut.
  expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
}

/** [what, name asked for, the stem safeFileName gives] */
const RAW_NAMES: [string, string, string][] = [
  ['a parent folder', '../x', 'x'],
  ['a Windows parent folder', '..\\x', 'x'],
  ['a deep escape', '../../../../etc/passwd', 'etc-passwd'],
  ['an absolute path', '/etc/passwd', 'etc-passwd'],
  ['a Windows absolute path', 'C:\\Windows\\win.ini', 'C--Windows-win.ini'],
  ['a UNC path', '\\\\server\\share\\x', 'server-share-x'],
  ['CON', 'CON', FALLBACK],
  ['con.txt', 'con.txt', FALLBACK],
  ['NUL', 'NUL', FALLBACK],
  ['nul with an extension', 'nul.tar.gz', FALLBACK],
  ['AUX', 'aux', FALLBACK],
  ['PRN', 'Prn.html', FALLBACK],
  ['COM1', 'COM1', FALLBACK],
  ['COM0', 'com0', FALLBACK],
  ['COM with a superscript digit', 'COM¹', FALLBACK],
  ['LPT9', 'LPT9', FALLBACK],
  ['LPT with a superscript digit', 'lpt³.txt', FALLBACK],
  ['CONIN$', 'CONIN$', FALLBACK],
  ['CONOUT$', 'conout$.log', FALLBACK],
  ['a device name then a space', 'con .txt', FALLBACK],
  ['a device name with trailing spaces', 'LPT1  ', FALLBACK],
  ['a name that only starts like a device', 'CONTACTS', 'CONTACTS'],
  ['a device name inside a longer name', 'com10', 'com10'],
  ['trailing dots', 'Report...', 'Report'],
  ['trailing spaces', 'Report   ', 'Report'],
  ['trailing dots and spaces', 'Report. . .  ', 'Report'],
  ['leading dots (hidden)', '.hidden', 'hidden'],
  ['leading dashes (an option)', '--help', 'help'],
  ['an empty title', '', FALLBACK],
  ['a title of spaces', '   ', FALLBACK],
  ['a title of other whitespace', '\t\u3000\u00a0', FALLBACK],
  ['a title of dots', '....', FALLBACK],
  ['one dot', '.', FALLBACK],
  ['two dots', '..', FALLBACK],
  ['dots and slashes', '../..', FALLBACK],
  ['control characters', 'a\u0000b\u0007c\u001fd\u007fe', 'a-b-c-d-e'],
  ['C1 control characters', 'a\u0085b\u009bc', 'a-b-c'],
  ['a newline', 'line one\nline two', 'line one-line two'],
  ['a right-to-left override', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
  ['zero-width characters', 'a\u200bb\ufeffc', 'abc'],
  ['reserved characters', 'a:b*c?d"e<f>g|h', 'a-b-c-d-e-f-g-h'],
];

describe('safeFileName', () => {
  it.each(RAW_NAMES)('makes %s safe', (_, wanted, stem) => {
    const name = safeFileName(wanted, '.html', FALLBACK);
    expect(name).toBe(`${stem}.html`);
    expectSafe(name, '.html');
  });

  it.each([
    ['Cyrillic', 'Ж'],
    ['Georgian', 'ა'],
    ['Greek with accents', 'ώ'],
    ['decomposed accents', 'e\u0301'],
    ['Korean (three times longer decomposed)', '한'],
    ['emoji', '👩‍👩‍👧'],
    ['Latin', 'a'],
  ])('keeps a name of 300 %s characters under 255 bytes without cutting a character apart', (_, char) => {
    const name = safeFileName(char.repeat(300), '.fragment.html', FALLBACK);
    expectSafe(name, '.fragment.html');
    const stem = name.slice(0, -'.fragment.html'.length);
    expect(stem.length).toBeGreaterThan(0);
    expect(stem.normalize('NFC')).toBe(
      char.normalize('NFC').repeat(stem.normalize('NFC').length / char.normalize('NFC').length),
    );
  });

  it('falls back to "release" when the fallback itself is unsafe', () => {
    expect(safeFileName('CON', '.md', 'NUL')).toBe('release.md');
    expect(safeFileName('', '.md', '../x')).toBe('release.md');
  });
});

const UNTITLED = '2026-12-07-untitled';

describe('exportFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\win.ini', 'windows-win-ini'],
    ['CON', UNTITLED],
    ['con.txt', 'con-txt'],
    ['NUL', UNTITLED],
    ['COM1', UNTITLED],
    ['COM¹', UNTITLED],
    ['LPT9', UNTITLED],
    ['CONIN$', 'conin'],
    ['Trailing dots...', 'trailing-dots'],
    ['Trailing spaces   ', 'trailing-spaces'],
    ['', UNTITLED],
    ['   ', UNTITLED],
    ['....', UNTITLED],
    ['a\u0000b\u001fc', 'a-b-c'],
    ['invoice\u202Efdp.exe', 'invoice-fdp-exe'],
  ])('is safe for the headline %j', (headline, stem) => {
    // A headline that cannot be a name gives "untitled" and the date (today's, when the release has none).
    const name = exportFileName({ headline, date: '', id: ID }, '.md', new Date(2026, 11, 7));
    expect(name).toBe(`${stem}.md`);
    expectSafe(name, '.md');
  });

  it.each([
    ['Cyrillic', 'Председатель ОБСЕ призвал к сотрудничеству в борьбе с организованной преступностью '],
    ['Georgian', 'ეუთოს თავმჯდომარე მოუწოდებს თანამშრომლობისკენ ორგანიზებული დანაშაულის წინააღმდეგ '],
  ])('stays under 255 bytes for a long %s headline, cut between words', (_, words) => {
    const name = exportFileName({ headline: words.repeat(10), date: '2017-09-20', id: ID }, '.fragment.html');
    expectSafe(name, '.fragment.html');
    expect(name.startsWith('2017-09-20-')).toBe(true);
    const slug = words.toLocaleLowerCase().trim().replace(/\s+/g, '-');
    expect(slug.repeat(2).startsWith(name.slice('2017-09-20-'.length, -'.fragment.html'.length))).toBe(true);
  });
});
