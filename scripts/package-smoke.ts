// Packaging smoke run (CI, every push): builds this system's unpacked app with electron-builder --dir,
// finds its executable, and runs the packaged-app Electron test against it. Needs the Electron download.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? 'signal'})`);
}

/** Where electron-builder --dir leaves this system's executable (its folder names differ per system and arch). */
export function packagedExecutable(dist: string, platform = process.platform): string | undefined {
  if (!existsSync(dist)) return undefined;
  for (const folder of readdirSync(dist)) {
    const candidate =
      platform === 'win32'
        ? join(dist, folder, 'Dateline.exe')
        : platform === 'darwin'
          ? join(dist, folder, 'Dateline.app', 'Contents', 'MacOS', 'Dateline')
          : join(dist, folder, 'dateline');
    if (folder.endsWith('unpacked') || platform === 'darwin') if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  run('npm', ['run', 'build']);
  run('npx', ['electron-builder', '--dir', '--publish', 'never']);
  const executable = packagedExecutable(DIST);
  if (!executable) throw new Error(`electron-builder --dir left no Dateline executable in ${DIST}`);
  console.log(`Packaged app: ${executable}`);
  run('npx', ['playwright', 'test', '--project', 'electron', 'tests/electron/packaged.spec.ts'], {
    ...process.env,
    DATELINE_PACKAGED_APP: executable,
  });
}
