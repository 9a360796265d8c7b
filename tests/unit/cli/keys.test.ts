import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyClaim, signClaim } from '../../../main/core/team/signing';
import { readKeyFile } from '../../../main/core/team/keyFile';
import { dateline, requireBuiltCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(requireBuiltCli);
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-cli-keys-')));
afterEach(() => cleanup());

describe('dateline keys', { timeout: 60_000 }, () => {
  it('says how to make a key, makes one readable by its owner only, shows it, and never replaces it', async () => {
    const data = ['--data', join(dir, 'data')];
    const none = await dateline([...data, 'keys']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('dateline keys --create');
    expect(none.stdout).toBe('');

    const created = await dateline([...data, 'keys', '--create']);
    expect(created.code).toBe(0);
    const publicKey = created.stdout.trim();
    expect(publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    const file = join(dir, 'data', 'keys', 'private-key.pem');
    expect(created.stderr).toContain(file);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    // The file's private key signs what the printed public key verifies.
    const pair = (await readKeyFile(file))!;
    const claim = { releaseId: 'r', hash: 'a'.repeat(64), at: '2026-12-08T10:00:00.000Z' };
    expect(verifyClaim(publicKey, claim, signClaim(pair.privateKeyPem, claim))).toBe(true);

    expect((await dateline([...data, 'keys'])).stdout.trim()).toBe(publicKey);
    const again = await dateline([...data, 'keys', '--create']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('it is kept');
    expect((await readKeyFile(file))!.publicKey).toBe(publicKey);
  });
});
