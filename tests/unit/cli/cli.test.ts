import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/context';
import { dateline as run, requireBuiltCli } from '../../helpers/cli';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

const SAMPLES = ['sarajevo-press-release.json', 'bratislava-news-item.json'].map((f) => join(RESOURCES, 'samples', f));
const SARAJEVO_ID = JSON.parse(await readFile(SAMPLES[0]!, 'utf8')).id as string;
const dateline = (...args: string[]) => run(args);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(requireBuiltCli);
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-cli-')));
afterEach(() => cleanup());

const data = () => ['--data', join(dir, 'data')];
/** For tests that run the command many times: each run starts a Node process. */
const SLOW = 60_000;

// Each test starts the CLI several times; on a loaded machine one start can take seconds.
describe('dateline', { timeout: SLOW }, () => {
  it('imports the samples, lists, shows and validates them', async () => {
    const imported = await dateline(...data(), 'import', ...SAMPLES);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain(`as ${SARAJEVO_ID}`);

    const listed = await dateline(...data(), 'list');
    expect(listed.stdout.trim().split('\n')).toHaveLength(2);
    expect(listed.stdout).toMatch(new RegExp(`${SARAJEVO_ID}  2017-09-20  draft      Press release   Co-operation`));

    const shown = await dateline(...data(), 'show', SARAJEVO_ID.slice(0, 8));
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('SARAJEVO, 20 September 2017 – Co-operation on addressing');
    expect(shown.stdout).toContain('said Dragan Mektić, Minister of Security of Bosnia and Herzegovina.');

    const json = await dateline(...data(), 'show', SARAJEVO_ID, '--json');
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(await readFile(SAMPLES[0]!, 'utf8')));

    // The Sarajevo seed page prints no lead, so its sample has none and validate says so.
    const valid = await dateline(...data(), 'validate');
    expect(valid.code).toBe(1);
    expect(valid.stdout).toContain(`${SARAJEVO_ID}`);
    expect(valid.stdout).toContain(': 1 error(s), 0 warning(s)');
    expect(valid.stdout).toContain('required: Add a lead');
  });

  it('exports in every format, and replaces files only with --force', async () => {
    await dateline(...data(), 'import', ...SAMPLES);
    const out = join(dir, 'out');
    const exported = await dateline(...data(), 'export', '--all', '--format', 'all', '--out', out);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const files = await readdir(out);
    expect(files).toHaveLength(16);
    for (const ext of ['.pdf', '.docx', '.eml', '.ninjs.json'])
      expect(files.filter((f) => f.endsWith(ext))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.fragment.html'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(2);

    const again = await dateline(...data(), 'export', SARAJEVO_ID, '--format', 'html', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^not replaced .*\.html: it exists \(use --force to replace it\)\n$/);
    const forced = await dateline(...data(), 'export', SARAJEVO_ID, '--format', 'html', '--out', out, '--force');
    expect(forced.code).toBe(0);

    const drafts = await dateline(
      ...data(),
      'export',
      '--status',
      'draft',
      '--format',
      'json',
      '--out',
      join(dir, 'drafts'),
    );
    expect(await readdir(join(dir, 'drafts'))).toHaveLength(2);
    expect(drafts.code).toBe(0);
  });

  it('round-trips Markdown: export then import into another folder gives the same release', async () => {
    await dateline(...data(), 'import', ...SAMPLES);
    const out = join(dir, 'md');
    await dateline(...data(), 'export', '--all', '--format', 'md', '--out', out);
    const other = ['--data', join(dir, 'other')];
    const files = (await readdir(out)).map((f) => join(out, f));
    expect((await dateline(...other, 'import', ...files)).code).toBe(0);
    const original = JSON.parse((await dateline(...data(), 'show', SARAJEVO_ID, '--json')).stdout);
    const copy = JSON.parse((await dateline(...other, 'show', SARAJEVO_ID, '--json')).stdout);
    expect(copy).toEqual(original);
  });

  it('imports what it can and names each file it refused', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"schemaVersion": 2, "id": ');
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'hello');
    const image = join(dir, 'photo.png');
    await writeFile(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const result = await dateline(...data(), 'import', broken, SAMPLES[0]!, join(dir, 'missing.md'), text, image);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`imported ${SAMPLES[0]}`);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^refused .*broken\.json: the file is not valid JSON/),
      expect.stringMatching(/^refused .*missing\.md: cannot read it: there is no such file$/),
      expect.stringMatching(/^refused .*notes\.txt: it holds 1 word, too little to be a release/),
      expect.stringMatching(
        /^refused .*photo\.png: Dateline cannot import “\.png” files: it imports .*\. Save the release/,
      ),
      '1 of 5 files imported; 4 refused.',
    ]);
  });

  it('answers unknown ids, bad options and unwritable folders in one line, without a stack trace', async () => {
    await dateline(...data(), 'import', SAMPLES[0]!);
    const cases = [
      await dateline(...data(), 'show', 'ffffffff'),
      await dateline(...data(), 'export', '--format', 'xml', '--all', '--out', dir),
      await dateline(...data(), 'export', SARAJEVO_ID, '--all', '--format', 'md', '--out', dir),
      await dateline(...data(), 'export', SARAJEVO_ID, '--format', 'md', '--out', join(SAMPLES[0]!, 'sub')),
      await dateline('--data', join(dir, 'nowhere'), 'list'),
      await run([...data(), 'export', '--all', '--format', 'pdf', '--out', join(dir, 'pdf')], 0, {
        DATELINE_CHROMIUM: join(dir, 'no-chrome-here'),
      }),
    ];
    for (const result of cases) {
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(cases[0]!.stderr).toContain('No release has the id “ffffffff”');
    expect(cases[1]!.stderr).toContain('Unknown format “xml”');
    expect(cases[2]!.stderr).toContain('Say which releases');
    expect(cases[3]!.stderr).toMatch(/Could not write .*sub/);
    expect(cases[4]!.stderr).toContain('There is no Dateline data folder');
    expect(cases[5]!.stderr).toContain('PDF needs Google Chrome, Chromium or Microsoft Edge');
  });

  it('explains every command with --help', { timeout: SLOW }, async () => {
    for (const command of ['list', 'show', 'export', 'import', 'validate', 'backup', 'restore']) {
      const help = await dateline(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: dateline ${command}`);
    }
  });

  it('reads while the app holds the data folder, but does not write to it', async () => {
    await mkdir(join(dir, 'data'));
    await dateline(...data(), 'import', SAMPLES[0]!);
    const app = await openCore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES, version: 'test' });
    try {
      expect((await dateline(...data(), 'list')).code).toBe(0);
      const refused = await dateline(...data(), 'import', SAMPLES[1]!);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is in use by another Dateline');
    } finally {
      await app.close();
    }
  });

  it('backs up, lists the snapshots newest first and restores one', { timeout: SLOW }, async () => {
    await dateline(...data(), 'import', SAMPLES[0]!);
    const first = await dateline(...data(), 'backup');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^\d{4}-\d{2}-\d{2}T\d{6}-manual +manual +1 release +\d+ KB {2}in .*snapshots/);
    const name = first.stdout.split(' ')[0]!;
    await dateline(...data(), 'import', SAMPLES[1]!);
    const second = (await dateline(...data(), 'backup')).stdout.split(' ')[0]!;

    const listed = await dateline(...data(), 'restore', '--list');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout.match(/^\S+/gm)).toEqual([second, name]);
    expect(listed.stdout).toMatch(/2 releases/);

    const restored = await dateline(...data(), 'restore', name);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(
      new RegExp(`^restored ${name}; what was there before is kept as the snapshot .*-before-restore\n$`),
    );
    expect((await dateline(...data(), 'list')).stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse((await dateline(...data(), 'restore', '--list', '--json')).stdout);
    expect(json.map((s: { kind: string }) => s.kind)).toEqual(['before-restore', 'manual', 'manual']);
  });

  it('refuses backup and restore while the app holds the data folder, but lists', { timeout: SLOW }, async () => {
    await dateline(...data(), 'import', SAMPLES[0]!);
    const name = (await dateline(...data(), 'backup')).stdout.split(' ')[0]!;
    const app = await openCore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES, version: 'test' });
    try {
      expect((await dateline(...data(), 'restore', '--list')).code).toBe(0);
      for (const refused of [await dateline(...data(), 'restore', name), await dateline(...data(), 'backup')]) {
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/^dateline: The data folder .* is in use by another Dateline .*\n$/);
      }
    } finally {
      await app.close();
    }
  });

  it('names the problem with a snapshot that cannot be restored', { timeout: SLOW }, async () => {
    await dateline(...data(), 'import', SAMPLES[0]!);
    const cases = [
      await dateline(...data(), 'restore', '2020-01-01T000000'),
      await dateline(...data(), 'restore', '../releases'),
      await dateline(...data(), 'restore'),
      await dateline(...data(), 'restore', '--list', 'x'),
    ];
    for (const result of cases) {
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(cases[0]!.stderr).toContain('There is no snapshot called “2020-01-01T000000”');
    expect(cases[2]!.stderr).toContain('Name the snapshot to restore');
    expect(cases[3]!.stderr).toContain('not both');
  });

  it('fails validation when a release has an error', async () => {
    const empty = join(dir, 'empty.json');
    const sample = JSON.parse(await readFile(SAMPLES[0]!, 'utf8'));
    await writeFile(empty, JSON.stringify({ ...sample, headline: '' }));
    await dateline(...data(), 'import', empty);
    const result = await dateline(...data(), 'validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error\s+required: .*headline/i);
  });

  it('imports a Markdown file whose front matter was changed to approved as a draft, and publishes nothing', async () => {
    await dateline(...data(), 'import', ...SAMPLES);
    const md = join(dir, 'md');
    await dateline(...data(), 'export', '--all', '--format', 'md', '--out', md);
    const name = (await readdir(md)).find((f) => f.startsWith('2017-09-20'))!;
    const forged = (await readFile(join(md, name), 'utf8')).replace(/^status: draft$/m, 'status: approved');
    expect(forged).toMatch(/^status: approved\napproval: null$/m);
    await writeFile(join(md, name), forged);
    const other = ['--data', join(dir, 'other')];
    const imported = await dateline(...other, 'import', join(md, name));
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('as a draft: the file claimed to be “approved” with no approval');
    expect((await dateline(...other, 'list')).stdout).toMatch(/ draft +Press release +Co-operation/);
    const pub = join(dir, 'pub');
    const exported = await dateline(...other, 'export', '--status', 'approved', '--format', 'html', '--out', pub);
    expect(exported.stderr).toContain('nothing was exported');
    expect(await readdir(pub)).toEqual([]);
    const stored = JSON.parse((await dateline(...other, 'show', SARAJEVO_ID, '--json')).stdout);
    expect(stored.workflow).toMatchObject({ state: 'draft', approval: null });
  });

  it('sets a truncated release file aside in quarantine/ and lists the others', async () => {
    await dateline(...data(), 'import', ...SAMPLES);
    // An earlier run left a library index that still lists the damaged release.
    expect((await dateline(...data(), 'list')).stdout.trim().split('\n')).toHaveLength(2);
    const file = join(dir, 'data', 'releases', `${SARAJEVO_ID}.json`);
    await writeFile(file, (await readFile(file)).subarray(0, 100));
    for (const command of [['list'], ['export', '--all', '--format', 'md', '--out', join(dir, 'out')], ['validate']]) {
      const result = await dateline(...data(), ...command);
      expect(result.stdout).not.toContain(SARAJEVO_ID);
      expect(result.stdout).not.toContain('Co-operation on addressing');
    }
    const listed = await dateline(...data(), 'list');
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
    expect((await readdir(join(dir, 'data', 'releases'))).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect((await readdir(join(dir, 'data', 'quarantine'))).some((f) => f.endsWith(`${SARAJEVO_ID}.json`))).toBe(true);
  });

  it('names the quarantined file in one line on standard error', async () => {
    await dateline(...data(), 'import', ...SAMPLES);
    const file = join(dir, 'data', 'releases', `${SARAJEVO_ID}.json`);
    await writeFile(file, (await readFile(file)).subarray(0, 100));
    const listed = await dateline(...data(), 'list');
    expect(listed.code).toBe(0);
    expect(listed.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`quarantined ${file}: the file is not valid JSON`),
    ]);
    const shown = await dateline(...data(), 'show', SARAJEVO_ID);
    expect(shown.code).not.toBe(0);
  });
});
