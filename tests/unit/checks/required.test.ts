import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import { emptyContent } from '../../../common/model/release';
import { ctx, doc, paragraph, validRelease } from './fixtures';

const required = (content: Parameters<typeof runChecks>[0]) =>
  runChecks(content, ctx).filter((f) => f.rule === 'required');

describe('required', () => {
  it('lists every missing field of a blank press release as an error, in field order', () => {
    const findings = required(emptyContent({ type: 'press-release' }));
    expect(findings.map((f) => f.target.field)).toEqual([
      'headline',
      'lead',
      'date',
      'place',
      'issuers',
      'fieldsOfWork',
      'body',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0]).toEqual({
      rule: 'required',
      severity: 'error',
      message: 'Add a headline.',
      target: { field: 'headline' },
    });
    // The blank body is one empty paragraph: positions 0 to 2.
    expect(findings.at(-1)).toMatchObject({
      message: 'Write the body text.',
      target: { field: 'body', from: 0, to: 2 },
    });
  });

  it.each([
    ['statement', ['headline', 'date', 'place', 'issuers', 'body']],
    ['news-item', ['headline', 'date', 'issuers', 'fieldsOfWork', 'body']],
    ['media-advisory', ['headline', 'date', 'place', 'issuers', 'body']],
  ] as const)('asks a blank %s for its own required fields', (type, fields) => {
    expect(required(emptyContent({ type })).map((f) => f.target.field)).toEqual(fields);
  });

  it('counts blank text, blank labels and a whitespace-only body as missing', () => {
    const content = validRelease({ headline: '   ', issuers: [' '], body: doc(paragraph('  '), paragraph()) });
    expect(required(content).map((f) => f.target.field)).toEqual(['headline', 'issuers', 'body']);
  });

  it('is quiet on a complete release, and on a news item without a place or lead', () => {
    expect(required(validRelease())).toEqual([]);
    expect(required(validRelease({ type: 'news-item', place: '', lead: '' }))).toEqual([]);
    expect(required(validRelease({ type: 'statement', lead: '', fieldsOfWork: [] }))).toEqual([]);
  });
});
