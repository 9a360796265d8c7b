import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { releaseSchema, type Release } from '../../../common/model/release';
import { CLI, dateline as run, requireBuiltCli, type Run } from '../../helpers/cli';
import { SEEDS } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

const SARAJEVO = join(SEEDS, '004_0136f0eb3f18090b.txt');
const BRATISLAVA = join(SEEDS, '000_1f2136ddfe1971bb.txt');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(requireBuiltCli);
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-cli-import-')));
afterEach(() => cleanup());

const data = () => ['--data', join(dir, 'data')];
const dateline = (...args: string[]) => run(args);

/** The CLI with text on its standard input, as `pbpaste | dateline import -` gives it. */
function withInput(input: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DATELINE_DATA_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function storedReleases(): Promise<string[]> {
  return readdir(join(dir, 'data', 'releases')).catch(() => []);
}

describe('dateline import of text', { timeout: 60_000 }, () => {
  it('--dry-run --json prints the Sarajevo release, as the store would hold it, and writes nothing', async () => {
    const result = await dateline(...data(), 'import', '--dry-run', '--json', SARAJEVO);
    expect(result.code).toBe(0);
    const releases = JSON.parse(result.stdout) as Release[];
    expect(releases).toHaveLength(1);
    const release = releaseSchema.parse(releases[0]);
    expect(release).toMatchObject({
      type: 'press-release',
      date: '2017-09-20',
      place: 'Sarajevo',
      issuers: ['OSCE Secretariat', 'OSCE Mission to Bosnia and Herzegovina'],
      fieldsOfWork: ['Policing', 'Reform and co-operation in the security sector', 'Migration'],
      workflow: { state: 'draft' },
    });
    expect(release.speakers.map((s) => s.name)).toEqual([
      'Dragan Mektić',
      'Guy Vinet',
      'Bruce Berton',
      'Peter Van Der Auweraert',
      'Morgane Nicot',
    ]);
    const quotes = release.body.content.flatMap((block) => (block.content ?? []).filter((n) => n.type === 'quote'));
    expect(quotes).toHaveLength(7);
    expect(await storedReleases()).toEqual([]);
  });

  it('imports both seeds, printing with --json exactly what it stored', async () => {
    const result = await dateline(...data(), 'import', '--json', SARAJEVO, BRATISLAVA);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Release[];
    expect(printed.map((r) => r.type)).toEqual(['press-release', 'news-item']);
    for (const release of printed) {
      const stored = JSON.parse(await readFile(join(dir, 'data', 'releases', `${release.id}.json`), 'utf8')) as Release;
      expect(stored).toEqual(release);
    }
    expect(result.stderr).toMatch(/^imported .*004_0136f0eb3f18090b\.txt as /mu);
  });

  it('reads pasted text from standard input', async () => {
    const pasted = [
      'Press release',
      'Border guards from five countries train together in Ohrid',
      'OHRID, 3 March 2026 – Border police officers from five countries completed a week of joint training.',
      '“Working side by side is how trust is built,” said Ana Petrovska, Head of the Border Unit.',
    ].join('\n');
    const result = await withInput(pasted, ...data(), 'import', '--dry-run', '--json', '-');
    expect(result.code).toBe(0);
    const [release] = JSON.parse(result.stdout) as Release[];
    expect(release).toMatchObject({
      headline: 'Border guards from five countries train together in Ohrid',
      date: '2026-03-03',
      place: 'Ohrid',
    });
    expect(release!.speakers).toEqual([
      expect.objectContaining({ name: 'Ana Petrovska', role: 'Head of the Border Unit' }),
    ]);
  });

  it('with --json, a refused file is one line on standard error and the others still print', async () => {
    const result = await dateline(...data(), 'import', '--json', join(dir, 'missing.txt'), SARAJEVO);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Release[]).map((r) => r.place)).toEqual(['Sarajevo']);
    expect(result.stderr).toMatch(/^refused .*missing\.txt: cannot read it: there is no such file$/mu);
    expect(await storedReleases()).toHaveLength(1);
  });
});
