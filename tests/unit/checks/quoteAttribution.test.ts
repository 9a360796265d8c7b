import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import type { Doc } from '../../../common/model/doc';
import type { Speaker } from '../../../common/model/release';
import { BERTON, bulletList, ctx, doc, nodeAt, paragraph, quote, textAt, validRelease } from './fixtures';

const check = (body: Doc, speakers: Speaker[] = [BERTON]) =>
  runChecks(validRelease({ body, speakers }), ctx).filter((f) => f.rule === 'quote-attribution');

describe('quote-attribution', () => {
  it('flags a quote with no speaker as an error covering the quote node', () => {
    // Paragraph opens at 0, "Ab " fills 1–3, the quote opens at 4: 1 + "Hi" + 1 = size 4.
    const body = doc(paragraph('Ab ', quote('Hi', { speakerId: '' })));
    const [finding, ...rest] = check(body);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      rule: 'quote-attribution',
      severity: 'error',
      message: 'This quote has no speaker; choose who said it.',
      target: { field: 'body', from: 4, to: 8 },
    });
    expect(nodeAt(body, 4)).toBe('quote');
    expect(textAt(body, 4, 8)).toBe('Hi');
  });

  it('flags a quote whose speaker is no longer in the list, also inside a list item', () => {
    // "Intro" paragraph 0–7; bulletList opens at 7, listItem at 8, paragraph at 9, quote at 10 (size 5).
    const body = doc(paragraph('Intro'), bulletList([paragraph(quote('Yes', { speakerId: 'ghost' }))]));
    const [finding] = check(body);
    expect(finding).toMatchObject({ severity: 'error', target: { field: 'body', from: 10, to: 15 } });
    expect(finding?.message).toMatch(/^This quote has no speaker/);
    expect(textAt(body, 10, 15)).toBe('Yes');
  });

  it('flags a speaker without a name', () => {
    const nameless = { ...BERTON, name: ' ' };
    const [finding] = check(doc(paragraph(quote('Hello'))), [nameless]);
    expect(finding).toMatchObject({ severity: 'error', target: { field: 'body', from: 1, to: 8 } });
    expect(finding?.message).toBe('The speaker of this quote has no name; add it in the list of speakers.');
  });

  it('warns when a quote introduces a speaker in full without a role, but not when it uses the short name', () => {
    // First quote 1–6 ("One"), " and " 6–11, second quote 11–16 ("Two"), which names him by surname.
    const body = doc(paragraph(quote('One'), ' and ', quote('Two')));
    const findings = check(body, [{ ...BERTON, role: '' }]);
    expect(findings).toEqual([
      {
        rule: 'quote-attribution',
        severity: 'warning',
        message: 'This quote introduces Bruce Berton without a role; add their role in the list of speakers.',
        target: { field: 'body', from: 1, to: 6 },
      },
    ]);
    expect(textAt(body, 1, 6)).toBe('One');
  });

  it('warns for every quote set to name the speaker in full', () => {
    const body = doc(paragraph(quote('One'), ' and ', quote('Two', { reference: 'full' })));
    const targets = check(body, [{ ...BERTON, role: '' }]).map((f) => f.target);
    expect(targets).toEqual([
      { field: 'body', from: 1, to: 6 },
      { field: 'body', from: 11, to: 16 },
    ]);
  });

  it('is quiet for attributed quotes, and for an inline quote whose speaker has no role', () => {
    expect(check(validRelease().body)).toEqual([]);
    expect(
      check(doc(paragraph('Berton said ', quote('yes', { attribution: 'inline' }))), [{ ...BERTON, role: '' }]),
    ).toEqual([]);
  });
});
