import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

const run = promisify(execFile);
const VNU = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Runs the Nu HTML Checker (vnu.jar, Java) over files; returns its errors and warnings. */
export async function nuCheck(files: string[]): Promise<NuMessage[]> {
  const { stdout, stderr } = await run(
    'java',
    ['-jar', VNU, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    {
      maxBuffer: 20 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout || stderr) as { messages: NuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.subType === 'warning' || m.subType === 'fatal');
}
