import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import type { ReleaseContent } from '../../../common/model/release';
import { bold, ctx, doc, hardBreak, paragraph, quote, textAt, validRelease } from './fixtures';

const check = (overrides: Partial<ReleaseContent>) =>
  runChecks(validRelease(overrides), ctx).filter((f) => f.rule === 'double-spaces');

describe('double-spaces', () => {
  it('points at each run of spaces in the body', () => {
    // Text starts at 1: runs at offsets 3–5 and 15–18.
    const body = doc(paragraph('Two  spaces and   three.'));
    expect(check({ body })).toEqual([
      {
        rule: 'double-spaces',
        severity: 'warning',
        message: 'There are 2 spaces in a row here; replace them with one.',
        target: { field: 'body', from: 4, to: 6 },
      },
      {
        rule: 'double-spaces',
        severity: 'warning',
        message: 'There are 3 spaces in a row here; replace them with one.',
        target: { field: 'body', from: 16, to: 19 },
      },
    ]);
    expect(textAt(body, 4, 6)).toBe('  ');
    expect(textAt(body, 16, 19)).toBe('   ');
  });

  it('finds a run split between a plain and a bold text node, in a later paragraph', () => {
    // "First" paragraph 0–7; the second opens at 7, its text at 8; the run is at offsets 4–6.
    const body = doc(paragraph('First'), paragraph('Bold ', bold(' text')));
    expect(check({ body }).map((f) => f.target)).toEqual([{ field: 'body', from: 12, to: 14 }]);
    expect(textAt(body, 12, 14)).toBe('  ');
  });

  it('gives one finding per text field', () => {
    const findings = check({ headline: 'New  law', notesToEditors: 'Photos  on  request.', boilerplate: 'About  us' });
    expect(findings.map((f) => [f.target.field, f.message])).toEqual([
      ['headline', 'Replace the double space in the headline with a single space.'],
      ['notesToEditors', 'Replace the 2 double spaces in the notes to editors with single spaces.'],
      ['boilerplate', 'Replace the double space in the boilerplate with a single space.'],
    ]);
  });

  it('is quiet on single spaces, around a line break, and at the edges of a quote, which the house style trims', () => {
    expect(check({})).toEqual([]);
    expect(check({ body: doc(paragraph('End ', hardBreak, ' start')) })).toEqual([]);
    expect(check({ body: doc(paragraph('He said ', quote('  Yes  '))) })).toEqual([]);
  });
});
