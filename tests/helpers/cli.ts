import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

export const CLI = join(ROOT, 'out', 'cli', 'dateline.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Whether the run was killed for taking longer than its limit (a hang, not a slow machine). */
  killed?: boolean;
}

/** Runs the built command as a user would, with its own environment; a run past `limitMs` is killed. */
export async function dateline(args: string[], limitMs = 0, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATELINE_DATA_DIR: '', ...env },
      timeout: limitMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, killed: failed.killed };
  }
}

/** Fails early, with what to do, when the CLI has not been built. */
export async function requireBuiltCli(): Promise<void> {
  await readFile(CLI).catch(() => {
    throw new Error('Build the CLI first: npm run build');
  });
}
