import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../helpers/paths';

/**
 * An unpacked "Electron" for electron-builder's `electronDist`, where the real one cannot be downloaded:
 * electron-builder copies the folder and renames `electron` to the app's executable, so one executable
 * file is all it needs. What it packs (app.asar) is real; the app it makes cannot run.
 */
export async function makeElectronStandIn(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const executable = join(folder, 'electron');
  await writeFile(executable, '#!/bin/sh\necho "Electron stand-in: package contents only" >&2\nexit 1\n');
  await chmod(executable, 0o755);
  return folder;
}

/** Runs `electron-builder --linux dir` with the project's configuration into `output`; its log on failure. */
export async function packLinuxDir(electronDist: string, output: string): Promise<void> {
  const cli = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, '--linux', 'dir', `-c.directories.output=${output}`];
  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_DIST: electronDist },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder --linux dir failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}
