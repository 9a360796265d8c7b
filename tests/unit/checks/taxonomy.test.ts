import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import { pickerLists } from '../../../common/taxonomy';
import type { ReleaseContent } from '../../../common/model/release';
import type { Taxonomies } from '../../../common/model/taxonomy';
import { ctx, validRelease } from './fixtures';

const check = (overrides: Partial<ReleaseContent>, context = ctx) =>
  runChecks(validRelease(overrides), context).filter((f) => f.rule === 'taxonomy');

describe('taxonomy', () => {
  it('warns about each issuer and field of work not in the lists', () => {
    const findings = check({
      issuers: ['OSCE Secretariat', 'OSCE Mision to BiH'],
      fieldsOfWork: ['elections', 'Media freedom and development'],
    });
    expect(findings).toEqual([
      {
        rule: 'taxonomy',
        severity: 'warning',
        message: '“OSCE Mision to BiH” is not in the list of issuers; check the spelling or add it in Settings.',
        target: { field: 'issuers' },
      },
      {
        rule: 'taxonomy',
        severity: 'warning',
        message: '“elections” is not in the list of fields of work; check the spelling or add it in Settings.',
        target: { field: 'fieldsOfWork' },
      },
    ]);
  });

  it("is quiet on the organisation's entries and the user's additions", () => {
    const taxonomies: Taxonomies = {
      schemaVersion: 1,
      fieldsOfWork: ['Elections'],
      meetingTypes: [],
      participatingStates: [],
      partners: [],
      chairpersonships: {},
      structures: [{ group: 'Field operations', items: ['OSCE Mission to Bosnia and Herzegovina'] }],
    };
    const additions = { issuers: ['Embassy of Switzerland'], fieldsOfWork: ['Youth'], countries: [], meetingTypes: [] };
    const lists = pickerLists(taxonomies, additions);
    const content = {
      issuers: ['OSCE Mission to Bosnia and Herzegovina', 'Embassy of Switzerland'],
      fieldsOfWork: ['Elections', 'Youth'],
    };
    expect(check(content, { ...ctx, lists })).toEqual([]);
  });
});
