import { describe, expect, it } from 'vitest';
import { approversFileSchema, type ApproversFile } from '../../../common/model/approvers';
import { signedApprovalProblem, type SignedApproval } from '../../../main/core/team/approverCheck';
import { createKeyPair, publicKeyObject, publicKeyOf, signClaim, verifyClaim } from '../../../main/core/team/signing';

const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const release = { id: '0b7a6c1e-5f4d-4c3b-9a2e-1d0c9b8a7f6e', type: 'press-release' as const, language: 'en' as const };
const claim = { releaseId: release.id, hash: HASH, at: '2026-12-08T09:00:00.000Z' };

describe('signed approvals', () => {
  const head = createKeyPair();
  const drafter = createKeyPair();
  const list: ApproversFile = approversFileSchema.parse({
    schemaVersion: 1,
    admins: [head.publicKey],
    approvers: [{ name: 'Head of Press', email: 'head@osce.example', publicKey: head.publicKey, languages: ['en'] }],
    fourEyes: true,
  });
  const signed = (keys = head, over = claim): SignedApproval => ({
    ...over,
    publicKey: keys.publicKey,
    signature: signClaim(keys.privateKeyPem, over),
  });

  it('writes public keys in one checkable form and derives them from the private key', () => {
    expect(head.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(publicKeyOf(head.privateKeyPem)).toBe(head.publicKey);
    expect(publicKeyObject(head.publicKey)).toBeDefined();
    expect(publicKeyObject('ed25519:short')).toBeUndefined();
  });

  it('verifies a signature over exactly the claim, and nothing else', () => {
    const signature = signClaim(head.privateKeyPem, claim);
    expect(verifyClaim(head.publicKey, claim, signature)).toBe(true);
    expect(verifyClaim(head.publicKey, { ...claim, hash: OTHER }, signature)).toBe(false);
    expect(verifyClaim(head.publicKey, { ...claim, at: '2026-12-08T09:00:01.000Z' }, signature)).toBe(false);
    expect(verifyClaim(drafter.publicKey, claim, signature)).toBe(false);
    expect(verifyClaim(head.publicKey, claim, 'not base64 at all')).toBe(false);
    expect(() => signClaim(head.privateKeyPem, { ...claim, releaseId: 'x\ny' })).toThrow('line breaks');
  });

  it('counts an approval only from a listed approver, signed over the content the release holds now', () => {
    expect(signedApprovalProblem(signed(), release, HASH, list)).toBeUndefined();
    expect(signedApprovalProblem(signed(drafter), release, HASH, list)).toBe(
      'it was signed by a key that is not in the approvers list',
    );
    expect(signedApprovalProblem(signed(), release, OTHER, list)).toBe(
      'Head of Press approved other content than the release now holds',
    );
    // A signature copied onto another claim.
    const copied = { ...signed(), hash: OTHER };
    expect(signedApprovalProblem(copied, release, OTHER, list)).toBe(
      "Head of Press's signature does not match what it claims",
    );
    expect(signedApprovalProblem(signed(), { ...release, id: 'another' }, HASH, list)).toBe(
      "Head of Press's signature is for another release",
    );
    expect(signedApprovalProblem(signed(), { ...release, language: 'fr' }, HASH, list)).toBe(
      'Head of Press may not approve releases in this language',
    );
  });

  it('refuses an approvers list with a key that is not one', () => {
    const bad = { ...list, approvers: [{ ...list.approvers[0]!, publicKey: 'ssh-ed25519 AAAA' }] };
    expect(approversFileSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the CLI key file', () => {
  it('is created readable by its owner only, read back, and never replaced', async () => {
    const { mkdtemp, rm, stat, chmod, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { createKeyFile, readKeyFile } = await import('../../../main/core/team/keyFile');
    const dir = await mkdtemp(join(tmpdir(), 'dateline-key-'));
    try {
      const path = join(dir, 'keys', 'private-key.pem');
      expect(await readKeyFile(path)).toBeUndefined();
      const made = await createKeyFile(path);
      if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect(await readKeyFile(path)).toEqual(made);
      await expect(createKeyFile(path)).rejects.toThrow('holds a key already');
      expect(await readKeyFile(path)).toEqual(made);
      if (process.platform !== 'win32') {
        await chmod(path, 0o644);
        await expect(readKeyFile(path)).rejects.toThrow('chmod 600');
      }
      const junk = join(dir, 'junk.pem');
      await writeFile(junk, 'not a key', { mode: 0o600 });
      await expect(readKeyFile(junk)).rejects.toThrow('does not hold a private key');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
