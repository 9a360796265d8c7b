import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import { createKeyPair, publicKeyOf, type KeyPair } from './signing';

/**
 * The CLI's private key: a PEM file only its owner can read (the app keeps its key with Electron's
 * safeStorage instead). Undefined when there is none yet.
 */
export async function readKeyFile(path: string): Promise<KeyPair | undefined> {
  const pem = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (pem === undefined) return undefined;
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) {
    throw new DatelineError(
      'NOT_ALLOWED',
      `Your private key ${path} can be read by other users of this computer. Run “chmod 600 ${path}”, then try again.`,
    );
  }
  try {
    return { publicKey: publicKeyOf(pem), privateKeyPem: pem };
  } catch {
    throw new DatelineError('READ_FAILED', `${path} does not hold a private key. Move it aside and create a new key.`);
  }
}

/** Creates the key file, readable only by its owner; an existing key is never replaced. */
export async function createKeyFile(path: string): Promise<KeyPair> {
  const pair = createKeyPair();
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new DatelineError('NOT_ALLOWED', `${path} holds a key already; it is kept.`);
    throw error;
  });
  try {
    await file.writeFile(pair.privateKeyPem);
    await file.sync();
  } finally {
    await file.close();
  }
  return pair;
}
