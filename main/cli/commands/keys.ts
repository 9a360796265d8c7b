import { join } from 'node:path';
import { createKeyFile, readKeyFile } from '../../core/team/keyFile';
import { CliError, type Output } from '../output';

/** Where the CLI keeps its private key: per machine, never in what a sync shares. */
export function keyFileOf(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.DATELINE_KEY_FILE || join(dataDir, 'keys', 'private-key.pem');
}

/** `dateline keys [--create]`: prints the public key to send to IT, making the pair first when asked. */
export async function keys(dataDir: string, output: Output, options: { create?: boolean }): Promise<number> {
  const path = keyFileOf(dataDir);
  const existing = await readKeyFile(path);
  if (options.create) {
    if (existing)
      throw new CliError(`You have a key already (${path}); it is kept. Its public key: ${existing.publicKey}`, 1);
    const made = await createKeyFile(path);
    output.err(`Created your key pair; the private key is ${path}, readable by you only. Send IT the public key:`);
    output.out(made.publicKey);
    return 0;
  }
  if (!existing) throw new CliError('You have no key yet. Run “dateline keys --create” to make one.', 1);
  output.out(existing.publicKey);
  return 0;
}
