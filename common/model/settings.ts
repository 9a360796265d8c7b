import { z } from 'zod';
import { LANGUAGES } from './vocab';
import type { Migration } from './migrate';

export const SETTINGS_SCHEMA_VERSION = 4;

const boundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
});

const additions = z.array(z.string().trim().min(1).max(300)).max(2000);

/** The house-style limits the checks apply. */
export const styleSchema = z.strictObject({
  headlineMax: z.number().int().min(20).max(1000),
  leadMax: z.number().int().min(50).max(5000),
});

/** The formats a file export and a publication can write. */
export const OUTPUT_FORMATS = ['html', 'md', 'fragment', 'json', 'pdf', 'docx', 'eml', 'ninjs'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/u;
/** "press@osce.example" or, with the name mail programs show, "Анна Петрова <anna@osce.example>". */
const address = z
  .string()
  .trim()
  .max(400)
  .refine((value) => EMAIL.test(value) || /^[^<>]+<\s*[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+\s*>$/u.test(value), {
    message: 'not an e-mail address (name@example.org, or Name <name@example.org>)',
  });

/** A named list of journalists' addresses: an e-mail puts them in Bcc, never in To. */
export const distributionListSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  addresses: z.array(address).max(5000),
});
export type DistributionList = z.infer<typeof distributionListSchema>;

/** How releases leave the office: paper size, what a publication writes, who e-mails come from. */
export const outputSchema = z.strictObject({
  paper: z.enum(['A4', 'Letter']),
  publicationFormats: z.array(z.enum(OUTPUT_FORMATS)).min(1).max(OUTPUT_FORMATS.length),
  /** The press office's address an e-mail is sent from; '' lets the mail program choose. */
  mailFrom: z.union([z.literal(''), address]),
  distributionLists: z.array(distributionListSchema).max(100),
});
export type OutputSettings = z.infer<typeof outputSchema>;

/** The part of the settings a press officer edits. */
export const preferencesSchema = z.strictObject({
  /** The name recorded on approvals. */
  userName: z.string().max(200),
  /** The "About …" text a new release starts with, per language. */
  boilerplates: z.partialRecord(z.enum(LANGUAGES), z.string().max(20_000)),
  style: styleSchema,
  /** Entries the user added to the organisation's lists. */
  taxonomyAdditions: z.strictObject({
    issuers: additions,
    fieldsOfWork: additions,
    countries: additions,
    meetingTypes: additions,
  }),
  /** How many daily snapshots of the data folder are kept (see main/core/backup). */
  backups: z.strictObject({ keep: z.number().int().min(1).max(365) }),
  output: outputSchema,
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  ...preferencesSchema.shape,
  /** Where the main window was when it last closed. */
  window: z.strictObject({ bounds: boundsSchema, maximized: z.boolean() }).optional(),
  /** Where the last export went; the next save dialog starts there. */
  lastExportFolder: z.string().max(4096).optional(),
  /** Quarantine notices the user has already seen. */
  acknowledgedNotices: z.array(z.string().max(500)).max(10000),
});

export type Settings = z.infer<typeof settingsSchema>;

export const preferencesPatchSchema = preferencesSchema.partial();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export type WindowState = NonNullable<Settings['window']>;

export const DEFAULT_BOILERPLATE_EN =
  'About the OSCE\nThe Organization for Security and Co-operation in Europe (OSCE) works for stability, peace and democracy through political dialogue and projects on the ground.';

/** Two weeks of daily snapshots. */
export const DEFAULT_SNAPSHOTS_KEPT = 14;

export function defaultPreferences(): Preferences {
  return {
    userName: '',
    boilerplates: { en: DEFAULT_BOILERPLATE_EN },
    style: { headlineMax: 150, leadMax: 400 },
    taxonomyAdditions: { issuers: [], fieldsOfWork: [], countries: [], meetingTypes: [] },
    backups: { keep: DEFAULT_SNAPSHOTS_KEPT },
    output: { paper: 'A4', publicationFormats: ['html'], mailFrom: '', distributionLists: [] },
  };
}

export function defaultSettings(): Settings {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, ...defaultPreferences(), acknowledgedNotices: [] };
}

export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: boilerplates, style limits and taxonomy additions.
  1: (v1) => {
    const { boilerplates, style, taxonomyAdditions } = defaultPreferences();
    return { boilerplates, style, taxonomyAdditions, ...v1 };
  },
  // 2 → 3: how many daily snapshots are kept.
  2: (v2) => ({ backups: defaultPreferences().backups, ...v2 }),
  // 3 → 4: paper size, publication formats, the sender and distribution lists.
  3: (v3) => ({ output: defaultPreferences().output, ...v3 }),
};

export function preferencesOf(settings: Settings): Preferences {
  const { userName, boilerplates, style, taxonomyAdditions, backups, output } = settings;
  return { userName, boilerplates, style, taxonomyAdditions, backups, output };
}
