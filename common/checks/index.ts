import type { ReleaseContent } from '../model/release';
import { datelineDash } from './datelineDash';
import { doubleSpaces } from './doubleSpaces';
import { embargoPast } from './embargo';
import { headlineLength, leadLength } from './lengths';
import { quoteAttribution } from './quoteAttribution';
import { required } from './required';
import { straightQuotes } from './straightQuotes';
import { taxonomy } from './taxonomy';
import { FIELD_ORDER, type CheckContext, type Finding, type Rule } from './types';

export type { CheckContext, FieldName, Finding, RuleId, Target } from './types';
export { FIELD_ORDER } from './types';
export { textStats, type TextStats } from './stats';
export { charCount } from './text';

/** Every house-style rule, in the order their findings come for one place. */
export const RULES: readonly Rule[] = [
  required,
  headlineLength,
  leadLength,
  quoteAttribution,
  straightQuotes,
  datelineDash,
  taxonomy,
  doubleSpaces,
  embargoPast,
];

const rank = (f: Finding) => FIELD_ORDER.indexOf(f.target.field);
const span = (f: Finding) => (f.target.field === 'body' ? f.target : { from: 0, to: 0 });

/** All findings for a release, by field in editor order, then by position in the body. */
export function runChecks(content: ReleaseContent, ctx: CheckContext): Finding[] {
  const findings = RULES.flatMap((rule) => rule(content, ctx));
  // Array.prototype.sort is stable, so findings at one place keep the rules' order.
  return findings.sort((a, b) => rank(a) - rank(b) || span(a).from - span(b).from || span(a).to - span(b).to);
}
