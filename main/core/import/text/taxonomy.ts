import type { Taxonomies } from '../../../../common/model/taxonomy';
import { FIELD_NAMES, ISSUER_NAMES } from './vocabulary';

/** Compared without case, accents, "the", punctuation or the organisation's name in front. */
function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|osce|обсе)\s+|\s+(?:de l'osce|обсе)$/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lookup(canonical: readonly string[], translations: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of canonical) map.set(key(name), name);
  for (const [name, others] of Object.entries(translations)) {
    if (!canonical.includes(name)) continue;
    for (const other of others) if (!map.has(key(other))) map.set(key(other), name);
  }
  return map;
}

/** Labels read from a page, mapped onto the taxonomy; what it does not hold is reported, not invented. */
export interface Mapped {
  known: string[];
  unknown: string[];
}

export function mapFieldsOfWork(labels: readonly string[], taxonomies: Taxonomies): Mapped {
  const map = lookup(taxonomies.fieldsOfWork, FIELD_NAMES);
  const known: string[] = [];
  const unknown: string[] = [];
  for (const label of labels) {
    const found = map.get(key(label));
    if (found && !known.includes(found)) known.push(found);
    else if (!found) unknown.push(label);
  }
  return { known, unknown };
}

/** Issuers: a known structure by its taxonomy label; any other kept as written (free text is allowed). */
export function mapIssuers(labels: readonly string[], taxonomies: Taxonomies): Mapped {
  const canonical = taxonomies.structures.flatMap((group) => group.items);
  const map = lookup(canonical, ISSUER_NAMES);
  const known: string[] = [];
  const unknown: string[] = [];
  for (const label of labels) {
    const found = map.get(key(label));
    const name = found ?? label.trim();
    if (!found) unknown.push(name);
    if (!known.includes(name)) known.push(name);
  }
  return { known, unknown };
}

/** Splits a labelled list ("Policing, Reform and co-operation in the security sector, Migration"). */
export function splitList(value: string): string[] {
  return value
    .split(/\s*[,;]\s*|\s+\|\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Case, accents and punctuation folded, the organisation's name kept: for finding names in running text. */
function folded(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/** How much of a line the names of structures cover (0 to 1): a letterhead is mostly a name. */
export function issuerCoverage(text: string, taxonomies: Taxonomies): number {
  const hits = namesIn(text, taxonomies);
  const total = folded(text).trim().length;
  if (total === 0 || hits.length === 0) return 0;
  // The characters some name covers, each counted once however many names cover it.
  const covered = new Set<number>();
  for (const hit of hits) for (let i = hit.at + 1; i < hit.at + hit.length - 1; i++) covered.add(i);
  return Math.min(1, covered.size / total);
}

/** The structures a text names (a letterhead, a sender, an "About" heading), in the order it names them. */
export function issuersNamedIn(text: string, taxonomies: Taxonomies): string[] {
  return [...new Set(namesIn(text, taxonomies).map((hit) => hit.name))];
}

function namesIn(text: string, taxonomies: Taxonomies): { at: number; length: number; name: string }[] {
  const canonical = taxonomies.structures.flatMap((group) => group.items);
  const haystack = folded(text);
  const found: { at: number; length: number; name: string }[] = [];
  for (const [name, others] of [...canonical.map((c) => [c, ISSUER_NAMES[c] ?? []] as const)]) {
    for (const variant of [name, ...others]) {
      const needle = folded(variant);
      // Short names ("Secretariat", "ODIHR") stand for a structure only as a whole label, not inside a sentence.
      if (needle.trim().length < 12 && !/^\s*\p{Lu}{3,}/u.test(variant)) continue;
      const at = haystack.indexOf(needle);
      if (at >= 0) found.push({ at, length: needle.length, name });
    }
  }
  // A longer name wins over a shorter one inside it ("OSCE Programme Office in Astana" over "OSCE Secretariat"? never nested, but "Mission to Moldova" in "OSCE Mission to Moldova").
  const kept = found
    .sort((a, b) => a.at - b.at || b.length - a.length)
    .filter(
      (hit, i, all) =>
        !all.some(
          (other, j) =>
            j !== i &&
            other.at <= hit.at &&
            other.at + other.length >= hit.at + hit.length &&
            other.length > hit.length &&
            other.name !== hit.name,
        ),
    );
  return kept;
}
