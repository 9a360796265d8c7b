/** A release file as the first schema wrote it, for the tests of its migration on the first save. */
export const SCHEMA_1_ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const AT = '2026-11-23T10:00:00.000Z';
export const SCHEMA_1 = JSON.stringify({
  schemaVersion: 1,
  id: SCHEMA_1_ID,
  revision: 3,
  headline: 'From the first version',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old body' }] }] },
  createdAt: AT,
  updatedAt: AT,
});
