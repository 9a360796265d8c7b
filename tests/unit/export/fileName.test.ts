import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileName, withExtension } from '../../../main/core/export/fileName';

const release = (headline: string, date = '2017-09-20') => ({
  headline,
  date,
  id: '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00',
});

describe('export file names', () => {
  it('are made from the date and the headline', () => {
    expect(exportFileName(release('Co-operation on addressing migration-related crimes needed'), '.html')).toBe(
      '2017-09-20-co-operation-on-addressing-migration-related-crimes-needed.html',
    );
    expect(exportFileName(release('Заявление Председателя ОБСЕ', ''), '.md')).toBe('заявление-председателя-обсе.md');
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd.md'],
    ['..\\..\\Windows\\win.ini', 'windows-win-ini.md'],
    ['CON', 'con-fallback'],
    ['nul', 'con-fallback'],
    ['Report...', 'report.md'],
    ['', 'fallback'],
    ['???', 'fallback'],
  ])('are safe for the headline %j', (headline, expected) => {
    const name = exportFileName(release(headline, ''), '.md');
    if (expected === 'con-fallback' || expected === 'fallback') {
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-untitled\.md$/);
      expect(name).not.toContain('0b5cf9c4');
    } else {
      expect(name).toBe(expected);
    }
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.endsWith('.md')).toBe(true);
  });

  it('call a release with no headline "untitled", with its date or else today\'s, never its id', () => {
    expect(exportFileName(release('', '2017-09-20'), '.html')).toBe('2017-09-20-untitled.html');
    expect(exportFileName(release('   ', ''), '.html', new Date(2026, 11, 7))).toBe('2026-12-07-untitled.html');
    expect(exportFileName(release('CON', ''), '.md', new Date(2026, 11, 7))).toBe('2026-12-07-untitled.md');
  });

  it('keep the extension and stay well under 255 bytes for a 300-byte headline', () => {
    const long = 'Ž'.repeat(150);
    const name = exportFileName(release(long), '.fragment.html');
    expect(name.endsWith('.fragment.html')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  });

  it('never produce reserved or hidden names from raw input', () => {
    expect(safeFileName('CON', '.html', 'release')).toBe('release.html');
    expect(safeFileName('com1', 'txt', 'release')).toBe('release.txt');
    expect(safeFileName('  .hidden. ', '.md', 'release')).toBe('hidden.md');
    expect(safeFileName('a/b\\c:d', '.md', 'release')).toBe('a-b-c-d.md');
  });

  it('add the extension a save dialog dropped', () => {
    expect(withExtension('/tmp/report', '.html')).toBe('/tmp/report.html');
    expect(withExtension('/tmp/report.HTML', '.html')).toBe('/tmp/report.HTML');
  });
});
