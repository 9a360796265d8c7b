import { carriesDateline } from '../model/vocab';
import { bodyBlocks } from './text';
import type { Finding, Rule } from './types';

// "VIENNA, 20 September 2017 – ", "WIEN, 20. September 2017 –", "MADRID, 20 de septiembre de 2017 —", "ВЕНА, 20 сентября 2017 г. -".
const TYPED_DATELINE =
  /^(\s*)(\p{Lu}[\p{Lu} .'’-]+,\s*\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}(?:\s+\p{Ll}{1,4}\.?)?\s*([-–—])\s*)/u;
// A hyphen-minus standing alone between words is a dash typed the quick way.
const HYPHEN_AS_DASH = /(?:^|\s)-(?:\s|$)/;

const DASH_NAMES: Record<string, string> = { '-': 'a hyphen (-)', '—': 'an em dash (—)' };

/** A dateline typed into the body, which Dateline adds itself; a hyphen used as a dash in the place. */
export const datelineDash: Rule = (content) => {
  const findings: Finding[] = [];
  const first = bodyBlocks(content.body).find((block) => block.text.trim() !== '');
  const typed = first && carriesDateline(content.type) ? TYPED_DATELINE.exec(first.text) : null;
  if (first && typed) {
    const [, space = '', dateline = '', dash = ''] = typed;
    const from = first.start + space.length;
    const wrongDash = DASH_NAMES[dash]
      ? ` It also uses ${DASH_NAMES[dash]} where the dateline takes an en dash (–).`
      : '';
    findings.push({
      rule: 'dateline-dash',
      severity: 'warning',
      message: `Dateline adds the dateline itself; remove the typed one (“${dateline.trim()}”).${wrongDash}`,
      target: { field: 'body', from, to: from + dateline.length },
    });
  }
  if (HYPHEN_AS_DASH.test(content.place)) {
    findings.push({
      rule: 'dateline-dash',
      severity: 'warning',
      message: 'The place uses a hyphen (-) as a dash; use an en dash (–) instead.',
      target: { field: 'place' },
    });
  }
  return findings;
};
