import { randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dateline, requireBuiltCli } from '../../helpers/cli';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

const SAMPLE = join(RESOURCES, 'samples', 'sarajevo-press-release.json');
const LONG = `${'Ministers agree on a long programme of joint work '.repeat(4)}for the coming year`;
/** Far longer than any export of two releases takes; a run still going then is looping. */
const HANG_MS = 30_000;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(requireBuiltCli);
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-cli-names-')));
afterEach(() => cleanup());

describe('dateline export names', { timeout: 90_000 }, () => {
  it('numbers two releases whose long headlines are cut to the same name, and ends', async () => {
    const sample = JSON.parse(await readFile(SAMPLE, 'utf8')) as Record<string, unknown>;
    const files = [1, 2, 3].map((n) => join(dir, `same-${n}.json`));
    for (const file of files) await writeFile(file, JSON.stringify({ ...sample, id: randomUUID(), headline: LONG }));
    const data = ['--data', join(dir, 'data')];
    expect((await dateline([...data, 'import', ...files])).code).toBe(0);

    const out = join(dir, 'out');
    const exported = await dateline([...data, 'export', '--all', '--format', 'html', '--out', out], HANG_MS);
    expect(exported.killed).toBeFalsy();
    expect(exported.code).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toHaveLength(3);
    const first = names.find((n) => !/-\d\.html$/.test(n))!;
    expect(names).toEqual([first, first.replace('.html', '-2.html'), first.replace('.html', '-3.html')].sort());
    expect(exported.stdout.trim().split('\n').sort()).toEqual(names.map((n) => join(out, n)));
  });
});
