import { z } from 'zod';

export const SETTINGS_SCHEMA_VERSION = 1;

const boundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
});

export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** The name recorded on approvals. */
  userName: z.string().max(200),
  /** Where the main window was when it last closed. */
  window: z.strictObject({ bounds: boundsSchema, maximized: z.boolean() }).optional(),
  /** Quarantine notices the user has already seen. */
  acknowledgedNotices: z.array(z.string().max(500)).max(10000),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The part of the settings the renderer may change. */
export const settingsPatchSchema = z.strictObject({
  userName: settingsSchema.shape.userName.optional(),
});

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export type WindowState = NonNullable<Settings['window']>;

export const windowStateSchema = settingsSchema.shape.window.unwrap();

export function defaultSettings(): Settings {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, userName: '', acknowledgedNotices: [] };
}
