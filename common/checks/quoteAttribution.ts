import { nodeSize, walk } from '../doc/walk';
import { quoteAttrs, quoteForms } from '../render/plainText';
import type { Finding, Rule } from './types';

/** Quotes without a speaker, with a nameless speaker, or introducing a speaker without a role. */
export const quoteAttribution: Rule = (content) => {
  const speakers = new Map(content.speakers.map((s) => [s.id, s]));
  const forms = quoteForms(content.body);
  const findings: Finding[] = [];
  walk(content.body, ({ node, pos }) => {
    if (node.type !== 'quote') return;
    const target = { field: 'body' as const, from: pos, to: pos + nodeSize(node) };
    const add = (severity: Finding['severity'], message: string) =>
      findings.push({ rule: 'quote-attribution', severity, message, target });
    const { speakerId, attribution } = quoteAttrs(node);
    const speaker = speakers.get(speakerId);
    if (!speakerId) add('error', 'This quote has no speaker; choose who said it.');
    else if (!speaker)
      add('error', 'This quote has no speaker: its speaker was removed from the list; choose who said it.');
    else if (!speaker.name.trim())
      add('error', 'The speaker of this quote has no name; add it in the list of speakers.');
    // An inline quote is attributed in the author's own sentence, so no role is printed.
    else if (attribution !== 'inline' && forms.get(node) === 'full' && !speaker.role.trim()) {
      add(
        'warning',
        `This quote introduces ${speaker.name.trim()} without a role; add their role in the list of speakers.`,
      );
    }
  });
  return findings;
};
