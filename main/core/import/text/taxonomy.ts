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
