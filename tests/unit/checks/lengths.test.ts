import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import { ctx, validRelease } from './fixtures';

const findings = (content: Parameters<typeof runChecks>[0], context = ctx) =>
  runChecks(content, context).filter((f) => f.rule === 'headline-length' || f.rule === 'lead');

describe('headline-length', () => {
  it('warns about a headline over the limit, saying by how much', () => {
    expect(findings(validRelease({ headline: 'x'.repeat(152) }))).toEqual([
      {
        rule: 'headline-length',
        severity: 'warning',
        message: 'The headline is 152 characters; shorten it to 140 or fewer.',
        target: { field: 'headline' },
      },
    ]);
  });

  it('uses the limit from the settings', () => {
    const strict = { ...ctx, style: { ...ctx.style, headlineMax: 40 } };
    expect(findings(validRelease({ headline: 'y'.repeat(41) }), strict)[0]?.message).toBe(
      'The headline is 41 characters; shorten it to 40 or fewer.',
    );
  });

  it('is quiet at the limit, counting a character outside the BMP once', () => {
    expect(findings(validRelease({ headline: 'x'.repeat(140) }))).toEqual([]);
    expect(findings(validRelease({ headline: '𝐀'.repeat(140) }))).toEqual([]);
  });
});

describe('lead', () => {
  it('warns about a lead over the limit, whatever the type', () => {
    for (const type of ['press-release', 'statement'] as const) {
      expect(findings(validRelease({ type, lead: 'z'.repeat(401) }))).toEqual([
        {
          rule: 'lead',
          severity: 'warning',
          message: 'The lead is 401 characters; shorten it to 400 or fewer.',
          target: { field: 'lead' },
        },
      ]);
    }
  });

  it('leaves a missing lead to `required`, and is quiet at the limit', () => {
    expect(findings(validRelease({ lead: '' }))).toEqual([]);
    expect(runChecks(validRelease({ lead: '' }), ctx).map((f) => f.rule)).toEqual(['required']);
    expect(findings(validRelease({ type: 'news-item', lead: '' }))).toEqual([]);
    expect(findings(validRelease({ lead: 'z'.repeat(400) }))).toEqual([]);
  });
});
