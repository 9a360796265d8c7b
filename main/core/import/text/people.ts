/** A person the text names, with the role printed beside the name the first time. */
export interface Person {
  name: string;
  role: string;
}

/** Titles printed before a name that are not part of it. */
const HONORIFICS =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Ambassador|Ambassadrice|Ambassadeur|Botschafter|Botschafterin|Ambasciatore|Ambasciatrice|Embajador|Embajadora|H\.?\s?E\.?|His Excellency|Her Excellency|M|Mme|Mlle|Me|Herr|Frau|Sig|Sig\.ra|Dott|Dott\.ssa|Sr|Sra|Srta|Don|Doña|г-н|г-жа|господин|госпожа|посол)\.?\s+)+/u;

// Words that make a phrase a role or an organisation, never a person's name.
const NOT_NAME = new Set(
  (
    'head chief director minister ministry deputy secretary general chair chairman chairwoman chairperson president ' +
    'ambassador representative co-ordinator coordinator officer adviser advisor manager commissioner spokesperson ' +
    'spokesman spokeswoman osce office mission department unit centre center programme program presence section ' +
    'national international regional council assembly forum the of for and to in on at a an ' +
    'university police ministry government republic foreign affairs security state states united nations ' +
    'day week year month forum conference festival summit meeting agenda strategy plan report guide ' +
    'according secondo selon laut según segun'
  ).split(' '),
);

// Particles that stand in names in lower case: "Peter van der Berg", "Ana de la Cruz".
const PARTICLES = new Set([
  'van',
  'der',
  'de',
  'den',
  'von',
  'da',
  'di',
  'del',
  'la',
  'le',
  'du',
  'al',
  'bin',
  'ben',
  'zu',
  'dos',
  'das',
]);

/** A name stripped of the honorifics before it ("Ambassador Jane Doe" → "Jane Doe"). */
export function withoutHonorifics(text: string): string {
  return text.replace(HONORIFICS, '').trim();
}

/** Whether a phrase reads as a person's name: two to five capitalised words, no role or organisation word. */
export function isPersonName(text: string): boolean {
  const words = withoutHonorifics(text).split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  let capitals = 0;
  for (const word of words) {
    if (PARTICLES.has(word)) continue;
    if (NOT_NAME.has(word.toLocaleLowerCase())) return false;
    // "Csémi", "Van", "O’Neill", "Jean-Marc"; not "OSCE" (an acronym) nor "2019".
    if (!/^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*\.?$|^\p{Lu}\.$/u.test(word)) return false;
    capitals++;
  }
  return capitals >= 2;
}

/** A single surname-like word: "Mektić", "Ostrauskaite". */
export function isSurname(text: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(text) && !NOT_NAME.has(text.toLocaleLowerCase());
}

/** A role as printed, without the clause that led into it ("Opening the meeting were the Director…"). */
export function cleanRole(text: string): string {
  let role = text.trim().replace(/^(?:and|or|as well as|et|und|e|y|и)\s+/iu, '');
  const lead = /\b(?:were|was|are|is|including|welcomed|joined by)\s+(?=(?:the\s+)?\p{Lu})/u.exec(role);
  if (lead) role = role.slice(lead.index + lead[0].length);
  return role.replace(/^(?:the|a|an|la|le|l’|l'|un|une|der|die|das|ein|eine|il|lo|un|uno|una|el)\s+/iu, '').trim();
}

/** Whether a phrase can be a role: a few words starting with a capital, not a name, not a sentence. */
export function isRole(text: string): boolean {
  const role = cleanRole(text);
  const words = role.split(/\s+/u);
  return /^\p{Lu}/u.test(role) && words.length <= 25 && !isPersonName(role) && !/[.!?]$/u.test(role) && role.length > 2;
}

/** The people named in a text with a role beside them: "Name, Role," or "Role, Name," (lists split by ";"). */
export function peopleIn(text: string): Person[] {
  const found: Person[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu}|[“«„"])/u)) {
    for (const segment of sentence.split(/;\s*/u)) {
      const chunks = segment.split(/,\s+/u).map((chunk) => chunk.trim());
      chunks.forEach((chunk, i) => {
        const name = nameAtEdge(chunk, i === 0 ? 'end' : 'whole');
        if (!name) return;
        const after = chunks[i + 1];
        const before = chunks[i - 1];
        // "Name, Role, said": the role follows; "Role, Name": it comes first.
        if (after !== undefined && isRole(after) && !startsWithVerb(after))
          found.push({ name, role: cleanRole(after) });
        else if (before !== undefined && isRole(before)) found.push({ name, role: cleanRole(before) });
        else found.push({ name, role: '' });
      });
    }
  }
  return found;
}

function startsWithVerb(text: string): boolean {
  return /^(?:said|says|added|stated|noted|stressed|told|a\s|ha\s|sagte|erklärte|заявил|сказал|dijo)/u.test(text);
}

/** A name that is the whole chunk, or ends it after a lead-in ("Opening were Jane Doe" → "Jane Doe"). */
function nameAtEdge(chunk: string, where: 'end' | 'whole'): string | undefined {
  const bare = withoutHonorifics(chunk.replace(/^(?:and|et|und|e|y|и)\s+/u, '').replace(/[.!?:]+$/u, ''));
  if (isPersonName(bare)) return withoutHonorifics(bare);
  if (where !== 'end') return undefined;
  const words = bare.split(/\s+/u);
  for (let take = Math.min(5, words.length - 1); take >= 2; take--) {
    const tail = words.slice(-take).join(' ');
    if (isPersonName(tail)) return withoutHonorifics(tail);
  }
  return undefined;
}
