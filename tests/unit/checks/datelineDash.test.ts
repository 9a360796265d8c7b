import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import type { ReleaseContent } from '../../../common/model/release';
import { bold, ctx, doc, paragraph, textAt, validRelease } from './fixtures';

const check = (overrides: Partial<ReleaseContent>) =>
  runChecks(validRelease(overrides), ctx).filter((f) => f.rule === 'dateline-dash');

describe('dateline-dash', () => {
  it('flags a dateline typed into the body, and its hyphen', () => {
    const typed = 'VIENNA, 20 September 2017 - ';
    const body = doc(paragraph(`${typed}The OSCE welcomed the law.`));
    expect(check({ body })).toEqual([
      {
        rule: 'dateline-dash',
        severity: 'warning',
        message:
          'Dateline adds the dateline itself; remove the typed one (“VIENNA, 20 September 2017 -”). ' +
          'It also uses a hyphen (-) where the dateline takes an en dash (–).',
        target: { field: 'body', from: 1, to: 29 },
      },
    ]);
    expect(textAt(body, 1, 29)).toBe(typed);
  });

  it('finds it in the first paragraph with text, split over marks, and names an em dash', () => {
    // The empty paragraph takes 0–2, so the text starts at 3.
    const body = doc(paragraph(), paragraph(bold('SARAJEVO'), ', 20 September 2017 — Text'), paragraph('More'));
    const [finding] = check({ type: 'statement', body });
    expect(finding?.target).toEqual({ field: 'body', from: 3, to: 33 });
    expect(finding?.message).toContain('an em dash (—)');
    expect(textAt(body, 3, 33)).toBe('SARAJEVO, 20 September 2017 — ');
  });

  it('does not mention the dash when the typed dateline has an en dash, in any language', () => {
    const [finding] = check({ language: 'de', body: doc(paragraph('WIEN, 20. September 2017 – Die OSZE …')) });
    expect(finding?.message).toBe(
      'Dateline adds the dateline itself; remove the typed one (“WIEN, 20. September 2017 –”).',
    );
    expect(check({ language: 'es', body: doc(paragraph('MADRID, 20 de septiembre de 2017 – La OSCE')) })).toHaveLength(
      1,
    );
  });

  it('flags a hyphen used as a dash in the place', () => {
    expect(check({ place: 'Sarajevo - Mostar' })).toEqual([
      {
        rule: 'dateline-dash',
        severity: 'warning',
        message: 'The place uses a hyphen (-) as a dash; use an en dash (–) instead.',
        target: { field: 'place' },
      },
    ]);
  });

  it('is quiet for types without a dateline, ordinary openings and hyphenated places', () => {
    const body = doc(paragraph('VIENNA, 20 September 2017 – The OSCE'));
    expect(check({ type: 'news-item', body })).toEqual([]);
    expect(check({ type: 'media-advisory', body })).toEqual([]);
    expect(check({ body: doc(paragraph('On 20 September 2017 in VIENNA, the OSCE met – again.')) })).toEqual([]);
    expect(check({ place: 'Ivano-Frankivsk' })).toEqual([]);
    expect(check({ place: 'Sarajevo – Mostar' })).toEqual([]);
    expect(check({})).toEqual([]);
  });
});
