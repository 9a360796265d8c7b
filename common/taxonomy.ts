import type { Preferences } from './model/settings';
import type { Taxonomies } from './model/taxonomy';

/** The lists a picker offers: the organisation's, plus what the user added in settings. */
export interface PickerLists {
  issuers: string[];
  fieldsOfWork: string[];
  countries: string[];
  meetingTypes: string[];
}

const merge = (base: readonly string[], added: readonly string[]) => [...new Set([...base, ...added])];

export function pickerLists(taxonomies: Taxonomies, additions: Preferences['taxonomyAdditions']): PickerLists {
  return {
    issuers: merge(
      taxonomies.structures.flatMap((group) => group.items),
      additions.issuers,
    ),
    fieldsOfWork: merge(taxonomies.fieldsOfWork, additions.fieldsOfWork),
    countries: merge([...taxonomies.participatingStates, ...taxonomies.partners], additions.countries),
    meetingTypes: merge(taxonomies.meetingTypes, additions.meetingTypes),
  };
}

/** The participating State chairing the organisation in a year, if the table knows it. */
export function chairOf(taxonomies: Taxonomies, year: number): string | undefined {
  return taxonomies.chairpersonships[String(year)];
}

/** "Switzerland – OSCE Chairpersonship 2026" when the release's year is Switzerland's chair year. */
export function countryLabel(taxonomies: Taxonomies, country: string, date: string): string {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && chairOf(taxonomies, year) === country
    ? `${country} – OSCE Chairpersonship ${year}`
    : country;
}
