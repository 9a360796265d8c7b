import { describe, expect, it } from 'vitest';
import { newRelease, releaseSchema } from '../../../common/model/release';
import { loadRelease } from '../../../main/core/store/releaseStore';
import { loadVersioned } from '../../../common/model/load';
import {
  SETTINGS_MIGRATIONS,
  SETTINGS_SCHEMA_VERSION,
  defaultPreferences,
  defaultSettings,
  settingsSchema,
} from '../../../common/model/settings';

const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const AT = '2026-11-23T10:00:00.000Z';

/** A release file as the foundation (schema 1) wrote it: a headline and a body. */
const V1 = {
  schemaVersion: 1,
  id: ID,
  revision: 3,
  headline: 'From the first version',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old body' }] }] },
  createdAt: AT,
  updatedAt: AT,
};

describe('the release model', () => {
  it('migrates a schema 1 file to the structured release, keeping what it had', () => {
    const release = loadRelease(JSON.stringify(V1));
    expect(release).toEqual({
      ...V1,
      schemaVersion: 3,
      workflow: { state: 'draft', approval: null, events: [] },
      familyId: ID,
      type: 'press-release',
      language: 'en',
      subheading: '',
      lead: '',
      date: '',
      place: '',
      issuers: [],
      fieldsOfWork: [],
      countries: [],
      meetingType: '',
      embargo: null,
      speakers: [],
      notesToEditors: '',
      mediaContacts: [],
      boilerplate: '',
    });
  });

  it('accepts a complete release and round-trips it through JSON', () => {
    const release = newRelease(ID, new Date(AT), {
      type: 'statement',
      language: 'ru',
      date: '2024-02-29',
      embargo: { date: '2024-03-01', time: '09:30', timeZone: 'Europe/Vienna' },
      speakers: [{ id: 's1', name: 'Rasa Ostrauskaite', shortName: '', role: 'Co-ordinator' }],
      mediaContacts: [{ name: 'Press', role: 'Spokesperson', email: 'press@example.org', phone: '+43 1 514 36' }],
    });
    expect(loadRelease(JSON.stringify(release))).toEqual(release);
  });

  it.each([
    ['an unknown type', { type: 'blog-post' }, /type/],
    ['an unknown language', { language: 'pt' }, /language/],
    ['an impossible date', { date: '2017-02-30' }, /date/],
    ['a badly written date', { date: '20 September 2017' }, /date/],
    ['an embargo time out of range', { embargo: { date: '2026-01-01', time: '25:00', timeZone: 'UTC' } }, /embargo/],
    ['a field the model does not know', { approvedBy: 'someone' }, /approvedBy|Unrecognized/],
    ['a speaker without an id', { speakers: [{ name: 'X', shortName: '', role: '' }] }, /speakers/],
  ])('refuses %s', (_, change, where) => {
    const release = { ...newRelease(ID, new Date(AT)), ...change };
    expect(releaseSchema.safeParse(release).success).toBe(false);
    expect(() => loadRelease(JSON.stringify(release))).toThrow(where);
  });
});

describe('the settings model', () => {
  it('migrates schema 1 settings, keeping the user name and adding the defaults', () => {
    const v1 = { schemaVersion: 1, userName: 'Ana', acknowledgedNotices: ['x'] };
    const settings = loadVersioned(JSON.stringify(v1), settingsSchema, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS);
    expect(settings).toMatchObject({
      schemaVersion: 4,
      userName: 'Ana',
      acknowledgedNotices: ['x'],
      style: { headlineMax: 150, leadMax: 400 },
      boilerplates: { en: expect.stringContaining('About the OSCE') },
      taxonomyAdditions: { issuers: [], fieldsOfWork: [], countries: [], meetingTypes: [] },
      backups: { keep: 14 },
      output: { paper: 'A4', publicationFormats: ['html'], mailFrom: '', distributionLists: [] },
    });
  });

  it('migrates schema 2 settings, keeping everything and keeping 14 snapshots', () => {
    const v2 = {
      schemaVersion: 2,
      userName: 'Ana',
      boilerplates: { fr: 'À propos' },
      style: { headlineMax: 90, leadMax: 300 },
      taxonomyAdditions: { issuers: ['A'], fieldsOfWork: [], countries: [], meetingTypes: [] },
      acknowledgedNotices: [],
    };
    const settings = loadVersioned(JSON.stringify(v2), settingsSchema, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS);
    expect(settings).toEqual({ ...v2, schemaVersion: 4, backups: { keep: 14 }, output: defaultPreferences().output });
  });

  it('migrates schema 3 settings, keeping everything and adding the output defaults', () => {
    const v3 = { ...defaultSettings(), schemaVersion: 3, userName: 'Ana' } as Record<string, unknown>;
    delete v3.output;
    const settings = loadVersioned(JSON.stringify(v3), settingsSchema, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS);
    expect(settings).toEqual({ ...v3, schemaVersion: 4, output: defaultPreferences().output });
  });

  it('refuses a distribution list address that is not one, and takes a named address', () => {
    const output = (addresses: string[]) => ({
      ...defaultSettings(),
      output: { ...defaultPreferences().output, distributionLists: [{ name: 'Desk', addresses }] },
    });
    expect(settingsSchema.safeParse(output(['Zoë Müller <zoe@paper.example>', 'desk@wire.example'])).success).toBe(
      true,
    );
    expect(settingsSchema.safeParse(output(['desk at wire'])).success).toBe(false);
  });

  it('keeps between 1 and 365 snapshots', () => {
    const settings = (keep: unknown) => ({ ...defaultSettings(), backups: { keep } });
    expect(settingsSchema.safeParse(settings(1)).success).toBe(true);
    expect(settingsSchema.safeParse(settings(365)).success).toBe(true);
    for (const keep of [0, 366, 2.5, '14']) expect(settingsSchema.safeParse(settings(keep)).success).toBe(false);
  });
});
