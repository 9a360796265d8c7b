import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** What an approval signs: which release, which content (sha256) and when. */
export interface SignedClaim {
  releaseId: string;
  hash: string;
  at: string;
}

/** A key pair: the public key in Dateline's form, the private key as PKCS#8 PEM. */
export interface KeyPair {
  publicKey: string;
  privateKeyPem: string;
}

const PREFIX = 'ed25519:';
// The DER header of an ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it.
const SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex');

/** The bytes signed: a versioned, line-separated text, so no two claims can sign the same bytes. */
export function claimBytes({ releaseId, hash, at }: SignedClaim): Buffer {
  for (const part of [releaseId, hash, at])
    if (/[\n\r]/.test(part)) throw new Error('A signed claim holds no line breaks.');
  return Buffer.from(`dateline-approval-v1\n${releaseId}\n${hash}\n${at}`, 'utf8');
}

function publicKeyText(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  return PREFIX + der.subarray(SPKI_HEADER.length).toString('base64');
}

/** A public key in Dateline's form as Node's key, or undefined when it is not one. */
export function publicKeyObject(text: string): KeyObject | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  const raw = Buffer.from(text.slice(PREFIX.length), 'base64');
  if (raw.length !== 32) return undefined;
  try {
    return createPublicKey({ key: Buffer.concat([SPKI_HEADER, raw]), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

export function createKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKeyText(publicKey),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}

/** The public key that belongs to a private key. */
export function publicKeyOf(privateKeyPem: string): string {
  return publicKeyText(createPublicKey(createPrivateKey(privateKeyPem)));
}

/** The signature (base64) of a claim with a private key. */
export function signClaim(privateKeyPem: string, claim: SignedClaim): string {
  return sign(null, claimBytes(claim), createPrivateKey(privateKeyPem)).toString('base64');
}

/** Whether `signature` is `publicKey`'s signature over exactly this claim. */
export function verifyClaim(publicKey: string, claim: SignedClaim, signature: string): boolean {
  const key = publicKeyObject(publicKey);
  if (!key) return false;
  try {
    return verify(null, claimBytes(claim), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
