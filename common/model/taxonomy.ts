import { z } from 'zod';
import { loadVersioned } from './load';

export const TAXONOMY_SCHEMA_VERSION = 1;

const labels = z.array(z.string().min(1).max(300));

export const taxonomiesSchema = z.strictObject({
  schemaVersion: z.literal(TAXONOMY_SCHEMA_VERSION),
  fieldsOfWork: labels,
  meetingTypes: labels,
  participatingStates: labels,
  partners: labels,
  /** Year → the participating State that holds the Chairpersonship. */
  chairpersonships: z.record(z.string().regex(/^\d{4}$/), z.string()),
  structures: z.array(z.strictObject({ group: z.string(), items: labels })),
});

/** The organisation's lists that pickers offer: taken from the OSCE site (see shared seeds). */
export type Taxonomies = z.infer<typeof taxonomiesSchema>;

export function loadTaxonomies(text: string): Taxonomies {
  return loadVersioned(text, taxonomiesSchema, TAXONOMY_SCHEMA_VERSION, {});
}
