import { z } from 'zod';
import { LANGUAGES, RELEASE_TYPES } from './vocab';

/** An ed25519 public key as Dateline writes it: `ed25519:` and the 32 raw bytes in base64. */
export const publicKeySchema = z.string().regex(/^ed25519:[A-Za-z0-9+/]{43}=$/, 'not a Dateline public key');

/** One person who may approve: who they are, their key, and what they may approve (all, when unsaid). */
export const approverSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  publicKey: publicKeySchema,
  types: z.array(z.enum(RELEASE_TYPES)).min(1).optional(),
  languages: z.array(z.enum(LANGUAGES)).min(1).optional(),
});

/**
 * The shared list of approvers. Only the keys in `admins` (the people IT names) may change it;
 * `fourEyes` off lets a one-person desk approve its own text.
 */
export const approversFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  admins: z.array(publicKeySchema).min(1).max(50),
  approvers: z.array(approverSchema).max(500),
  fourEyes: z.boolean(),
});

export type Approver = z.infer<typeof approverSchema>;
export type ApproversFile = z.infer<typeof approversFileSchema>;
