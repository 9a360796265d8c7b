import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chairOf, countryLabel, pickerLists } from '../../common/taxonomy';
import { loadTaxonomies, type Taxonomies } from '../../common/model/taxonomy';
import { RESOURCES, SEEDS } from '../helpers/paths';

let taxonomies: Taxonomies;
beforeAll(async () => {
  taxonomies = loadTaxonomies(await readFile(join(RESOURCES, 'taxonomies.json'), 'utf8'));
});

const NO_ADDITIONS = { issuers: [], fieldsOfWork: [], countries: [], meetingTypes: [] };

/** The country list a seed page printed: the lines after "Participating States" up to the next "-". */
async function seedCountries(prefix: string): Promise<string[]> {
  const name = (await readdir(SEEDS)).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`no seed file ${prefix}*.txt in ${SEEDS}`);
  const lines = (await readFile(join(SEEDS, name), 'utf8')).split('\n');
  const start = lines.indexOf('Participating States') + 1;
  const end = lines.indexOf('-', start);
  return lines.slice(start, end).map((line) => line.replace(/^- /, ''));
}

describe('chairOf', () => {
  it('names the chairing State of a year the table knows', () => {
    expect(chairOf(taxonomies, 2019)).toBe('Slovakia');
    expect(chairOf(taxonomies, 2025)).toBe('Finland');
    expect(chairOf(taxonomies, 2026)).toBe('Switzerland');
  });

  it('names none for a year the table does not know', () => {
    expect(chairOf(taxonomies, 2020)).toBeUndefined();
    expect(chairOf(taxonomies, 0)).toBeUndefined();
  });
});

describe('countryLabel', () => {
  it('marks the chairing State in its chair year', () => {
    expect(countryLabel(taxonomies, 'Switzerland', '2026-03-01')).toBe('Switzerland – OSCE Chairpersonship 2026');
    expect(countryLabel(taxonomies, 'Finland', '2025-12-31')).toBe('Finland – OSCE Chairpersonship 2025');
    expect(countryLabel(taxonomies, 'Slovakia', '2019-04-10')).toBe('Slovakia – OSCE Chairpersonship 2019');
  });

  it('leaves a State plain outside its chair year', () => {
    expect(countryLabel(taxonomies, 'Switzerland', '2025-06-01')).toBe('Switzerland');
    expect(countryLabel(taxonomies, 'Finland', '2026-01-01')).toBe('Finland');
    expect(countryLabel(taxonomies, 'Bosnia and Herzegovina', '2017-09-20')).toBe('Bosnia and Herzegovina');
  });

  it('leaves a State plain when the release has no date yet', () => {
    expect(countryLabel(taxonomies, 'Switzerland', '')).toBe('Switzerland');
  });

  it('reproduces the country lists the seed pages printed in 2026 and 2025', async () => {
    const countries = [...taxonomies.participatingStates, ...taxonomies.partners];
    expect(countries.map((c) => countryLabel(taxonomies, c, '2026-01-01'))).toEqual(await seedCountries('000_'));
    expect(countries.map((c) => countryLabel(taxonomies, c, '2025-01-01'))).toEqual(await seedCountries('004_'));
  });
});

describe('pickerLists', () => {
  it('offers the organisation’s lists', () => {
    const lists = pickerLists(taxonomies, NO_ADDITIONS);
    expect(lists.issuers).toContain('OSCE Secretariat');
    expect(lists.issuers).toContain('OSCE Mission to Bosnia and Herzegovina');
    expect(lists.fieldsOfWork).toEqual(taxonomies.fieldsOfWork);
    expect(lists.countries).toEqual([...taxonomies.participatingStates, ...taxonomies.partners]);
    expect(lists.meetingTypes).toEqual(taxonomies.meetingTypes);
  });

  it('adds the user’s entries after the organisation’s, each once', () => {
    const lists = pickerLists(taxonomies, {
      issuers: ['OSCE Secretariat', 'Municipality of Sarajevo', 'Municipality of Sarajevo'],
      fieldsOfWork: ['Migration', 'Disaster risk reduction'],
      countries: ['Slovakia', 'Kosovo'],
      meetingTypes: ['Regional seminars', 'Media conferences'],
    });
    const base = pickerLists(taxonomies, NO_ADDITIONS);
    expect(lists.issuers).toEqual([...base.issuers, 'Municipality of Sarajevo']);
    expect(lists.fieldsOfWork).toEqual([...base.fieldsOfWork, 'Disaster risk reduction']);
    expect(lists.countries).toEqual([...base.countries, 'Kosovo']);
    expect(lists.meetingTypes).toEqual([...base.meetingTypes, 'Regional seminars']);
    for (const list of Object.values(lists)) expect(new Set(list).size).toBe(list.length);
  });
});
