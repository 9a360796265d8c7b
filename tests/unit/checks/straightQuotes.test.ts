import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import type { ReleaseContent } from '../../../common/model/release';
import { bold, ctx, doc, paragraph, quote, textAt, validRelease } from './fixtures';

const check = (overrides: Partial<ReleaseContent>) =>
  runChecks(validRelease(overrides), ctx).filter((f) => f.rule === 'straight-quotes');

describe('straight-quotes', () => {
  it('points at each straight double quote in the body and suggests the curly form', () => {
    // Text starts at 1: the marks sit at offsets 8 and 12, so positions 9–10 and 13–14.
    const body = doc(paragraph('He said "yes" to it.'));
    expect(check({ body })).toEqual([
      {
        rule: 'straight-quotes',
        severity: 'warning',
        message: 'Replace the straight quotation mark (") with “.',
        target: { field: 'body', from: 9, to: 10 },
      },
      {
        rule: 'straight-quotes',
        severity: 'warning',
        message: 'Replace the straight quotation mark (") with ”.',
        target: { field: 'body', from: 13, to: 14 },
      },
    ]);
    expect(textAt(body, 9, 10)).toBe('"');
    expect(textAt(body, 13, 14)).toBe('"');
  });

  it('points at single quotes used as quotation marks, across text nodes', () => {
    // "She called it " is 14 characters: the opening mark is at 15; "'historic" ends at 24.
    const body = doc(paragraph('She called it ', bold("'historic"), "' today."));
    const findings = check({ body });
    expect(findings.map((f) => [f.message, f.target])).toEqual([
      ["Replace the straight quotation mark (') with ‘.", { field: 'body', from: 15, to: 16 }],
      ["Replace the straight quotation mark (') with ’.", { field: 'body', from: 24, to: 25 }],
    ]);
    expect(textAt(body, 15, 16)).toBe("'");
    expect(textAt(body, 24, 25)).toBe("'");
  });

  it('counts the marks in the headline, subheading and lead, one finding per field and kind', () => {
    const findings = check({ headline: 'OSCE says "yes" to the \'plan\'', lead: 'A "firm" step' });
    expect(findings).toEqual([
      expect.objectContaining({
        message: 'Replace the 2 straight quotation marks (") in the headline with “ and ”.',
        target: { field: 'headline' },
      }),
      expect.objectContaining({
        message: "Replace the 2 straight single quotation marks (') in the headline with ‘ and ’.",
        target: { field: 'headline' },
      }),
      expect.objectContaining({ target: { field: 'lead' } }),
    ]);
  });

  it("suggests the release language's marks", () => {
    const [finding] = check({ language: 'de', body: doc(paragraph('Er sagte "ja".')) });
    expect(finding?.message).toBe('Replace the straight quotation mark (") with „.');
  });

  it('flags a straight mark inside a quote, but not at its edges, which the house style replaces', () => {
    // The quote opens at 1, so its text starts at 2; the inner marks are at offsets 9 and 12.
    const body = doc(paragraph(quote('"He said "no" twice"')));
    expect(check({ body }).map((f) => f.target)).toEqual([
      { field: 'body', from: 11, to: 12 },
      { field: 'body', from: 14, to: 15 },
    ]);
    expect(textAt(body, 11, 15)).toBe('"no"');
    // Single marks are printed as typed (they may be apostrophes), so they are flagged even at the edges.
    expect(check({ body: doc(paragraph(quote("'Yes, we will'"))) })).toHaveLength(2);
  });

  it("is quiet on curly quotes and apostrophes inside words (Slovakia's, don't)", () => {
    const body = doc(paragraph("Slovakia's Chair said “yes”; we don't know the ‘plan’ yet."));
    expect(check({ body, headline: "Slovakia's Chair", lead: 'A “firm” step' })).toEqual([]);
    expect(check({})).toEqual([]);
  });
});
