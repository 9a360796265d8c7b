import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, RELEASE_TYPES } from '../../common/model/vocab';
import type { DocNode } from '../../common/model/doc';
import type { Release, Speaker } from '../../common/model/release';
import { loadTaxonomies } from '../../common/model/taxonomy';
import { Random, generateRelease } from './generateRelease';
import { RESOURCES } from './paths';

const taxonomies = loadTaxonomies(readFileSync(join(RESOURCES, 'taxonomies.json'), 'utf8'));
const ISSUERS = taxonomies.structures.flatMap((group) => group.items);
const COUNTRIES = [...taxonomies.participatingStates, ...taxonomies.partners];

/** A speaker no generated word resembles, quoted in about one release in twelve. */
export const KNOWN_SPEAKER: Speaker = {
  id: 'known-speaker',
  name: 'Radmila Šćepanović',
  shortName: 'Šćepanović',
  role: 'Special Representative on Library Search',
};

/** Whether a generated release quotes KNOWN_SPEAKER. */
export function quotesKnownSpeaker(release: Release): boolean {
  return release.speakers.some((s) => s.id === KNOWN_SPEAKER.id);
}

// English most of the time, as in the office's own library.
const LANGUAGE_WEIGHTS = [...LANGUAGES, 'en', 'en', 'en', 'en'] as const;

function day(r: Random): string {
  const d = new Date(Date.UTC(r.int(2015, 2026), r.int(0, 11), r.int(1, 31)));
  return d.toISOString().slice(0, 10);
}

/** A v4-shaped UUID unique by construction: the seed's random part, then the release's number. */
function uuid(r: Random, i: number): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${i.toString(16).padStart(12, '0')}`;
}

function knownQuote(r: Random): DocNode {
  const words = r.pick([
    'Searching a library of ten thousand releases must stay instant',
    'Every word a press officer wrote should be found again',
  ]);
  return {
    type: 'paragraph',
    content: [
      {
        type: 'quote',
        attrs: { speakerId: KNOWN_SPEAKER.id, attribution: r.pick(['after', 'before']), reference: 'auto', verb: '' },
        content: [{ type: 'text', text: words }],
      },
    ],
  };
}

/**
 * `count` different releases, the same for the same seed: generateRelease's bodies and speakers with
 * library-like metadata (types, languages, dates 2015–2026, the organisation's issuers, fields of
 * work and countries), some quoting KNOWN_SPEAKER.
 */
export function generateLibrary(count: number, seed: number): Release[] {
  const r = new Random(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = generateRelease(seed * 100_003 + i);
    const date = r.chance(0.05) ? '' : day(r);
    const created = date ? Date.parse(`${date}T08:00:00Z`) - r.int(0, 5 * 86_400_000) : Date.UTC(2026, 0, 1);
    const updated = created + r.int(0, 30 * 86_400_000);
    const known = r.chance(1 / 12);
    const id = uuid(r, i);
    // A release heads its own family unless generateRelease made it another's language version.
    const family = (base as { familyId?: string }).familyId;
    return {
      ...base,
      ...(family === undefined ? {} : { familyId: family === base.id ? id : family }),
      id,
      type: r.pick(RELEASE_TYPES),
      language: r.pick(LANGUAGE_WEIGHTS),
      date,
      issuers: r.times(1, 3, () => r.pick(ISSUERS)).filter((v, j, all) => all.indexOf(v) === j),
      fieldsOfWork: r.times(0, 3, () => r.pick(taxonomies.fieldsOfWork)).filter((v, j, all) => all.indexOf(v) === j),
      countries: r.times(0, 2, () => r.pick(COUNTRIES)).filter((v, j, all) => all.indexOf(v) === j),
      speakers: known ? [...base.speakers, KNOWN_SPEAKER] : base.speakers,
      body: known ? { ...base.body, content: [...base.body.content, knownQuote(r)] } : base.body,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
    };
  });
}
