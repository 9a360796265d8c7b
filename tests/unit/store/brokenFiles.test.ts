import { createHash } from 'node:crypto';
import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/context';
import { defaultSettings } from '../../../common/model/settings';
import { quarantineNotice, readQuarantineLog } from '../../../main/core/notices';
import type { QuarantineEntry } from '../../../main/core/store/quarantine';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore, SETTINGS_FILE } from '../../../main/core/store/settingsStore';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';
import { openChecked } from '../../helpers/openStore';

/** A file as found at start: its bytes, or a sparse file of that many bytes that costs no disk. */
type Content = { bytes: Buffer } | { sparse: number };

interface Broken {
  name: string;
  content: (valid: string) => Content;
  reason: RegExp;
}

const MB = 1024 * 1024;
const text = (value: string): Content => ({ bytes: Buffer.from(value, 'utf8') });
const json = (valid: string, change: Record<string, unknown>) =>
  text(JSON.stringify({ ...JSON.parse(valid), ...change }));

/** Every way a file can be broken or foreign when Dateline starts. */
const BROKEN: Broken[] = [
  { name: 'an empty file', content: () => text(''), reason: /the file is empty/ },
  { name: 'truncated JSON', content: (v) => text(v.slice(0, v.length / 2)), reason: /not valid JSON/ },
  { name: 'a file of NUL bytes', content: () => ({ bytes: Buffer.alloc(4096) }), reason: /only zero bytes/ },
  {
    name: 'JSON with NUL bytes inside',
    content: (v) => text(v.replace('"schemaVersion"', '"schema\0Version"').replace(/\n$/, '\0\0\0\0')),
    reason: /not valid JSON/,
  },
  { name: 'the literal null', content: () => text('null'), reason: /does not hold a JSON object/ },
  { name: 'a JSON array', content: (v) => text(`[${v}]`), reason: /does not hold a JSON object/ },
  { name: 'the wrong schema', content: (v) => json(v, { userName: 42, headline: 42 }), reason: /expected format/ },
  {
    name: 'a future schemaVersion',
    content: (v) => json(v, { schemaVersion: 99 }),
    reason: /newer Dateline \(schema 99/,
  },
  {
    name: 'a binary file that is not UTF-8',
    content: () => ({ bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 167 + 13) % 256)) }),
    reason: /not UTF-8 text/,
  },
  {
    // A lenient decoder would load this with U+FFFD in place of the letters, and the next save would keep that.
    name: 'valid JSON in Latin-1',
    content: (v) => ({
      bytes: Buffer.from(JSON.stringify({ ...JSON.parse(v), headline: 'Grüße', userName: 'Jürgen' }), 'latin1'),
    }),
    reason: /not UTF-8 text/,
  },
  {
    name: 'UTF-16 from a text editor',
    content: (v) => ({ bytes: Buffer.from(`\ufeff${v}`, 'utf16le') }),
    reason: /not UTF-8/,
  },
  {
    name: '60 MB of valid-looking JSON',
    content: (v) => text(`${v.trimEnd().slice(0, -1)}, "notes": "${'x'.repeat(60 * MB)}"}`),
    reason: /the file is 61 MB, more than the 20 MB Dateline reads/,
  },
  // Reading this whole would take 3 GB of memory (or fail outright): the size must refuse it first.
  {
    name: 'a 3 GB file',
    content: () => ({ sparse: 3 * 1024 * MB }),
    reason: /the file is 3072 MB, more than the 20 MB/,
  },
];

async function put(path: string, content: Content): Promise<void> {
  if ('bytes' in content) return writeFile(path, content.bytes);
  await writeFile(path, '');
  await truncate(path, content.sparse);
}

/** The quarantined copy is the very file that was found. */
async function expectKept(entry: QuarantineEntry, content: Content): Promise<void> {
  if ('sparse' in content) return expect((await stat(entry.movedTo)).size).toBe(content.sparse);
  const hash = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  expect(hash(await readFile(entry.movedTo))).toBe(hash(content.bytes));
}

/** The notice names the file, where it went, and what to do. */
function expectNotice(dir: string, entry: QuarantineEntry, file: string, whatToDo: RegExp): void {
  const { message } = quarantineNotice(dir, entry);
  expect(message).toContain(`could not read ${file}`);
  expect(message).toContain(`moved to ${join('quarantine', entry.id)}`);
  expect(message).toMatch(whatToDo);
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-broken-')));
afterEach(() => cleanup());

describe.each(BROKEN)('a release file that is $name', ({ content, reason }) => {
  it('is quarantined with a notice that says what to do, and the rest opens', async () => {
    const { store } = await openChecked(dir);
    const good = await store.create({ headline: 'Good' });
    const bad = await store.create({ headline: 'Bad' });
    const file = join(RELEASES_DIR, `${bad.id}.json`);
    const found = content(await readFile(join(dir, file), 'utf8'));
    await put(join(dir, file), found);

    const { store: opened, quarantined } = await openChecked(dir);
    expect(quarantined).toHaveLength(1);
    const [entry] = quarantined as [QuarantineEntry];
    expect(entry.reason).toMatch(reason);
    expect(opened.list().map((s) => s.id)).toEqual([good.id]);
    expect((await opened.get(good.id)).headline).toBe('Good');
    expect(await readdir(join(dir, RELEASES_DIR))).toEqual([`${good.id}.json`]);
    await expectKept(entry, found);
    expect(await readQuarantineLog(dir)).toEqual([entry]);
    expectNotice(dir, entry, file, /If it held work you need, open that file in a text editor/);
  });
});

describe.each(BROKEN)('a settings file that is $name', ({ content, reason }) => {
  it('is set aside and the defaults are used, with a notice', async () => {
    const found = content(`${JSON.stringify({ ...defaultSettings(), userName: 'Ana' }, null, 2)}\n`);
    await put(join(dir, SETTINGS_FILE), found);

    const { settings, quarantined } = await SettingsStore.open(dir);
    expect(settings.get()).toEqual(defaultSettings());
    expect(quarantined).toHaveLength(1);
    const [entry] = quarantined as [QuarantineEntry];
    expect(entry.reason).toMatch(reason);
    expect(await readdir(dir)).not.toContain(SETTINGS_FILE);
    await expectKept(entry, found);
    expectNotice(dir, entry, SETTINGS_FILE, /started with its default settings/);

    // The next change writes a fresh file and never touches the one set aside.
    await settings.update((s) => ({ ...s, userName: 'Ana' }));
    expect((await SettingsStore.open(dir)).settings.get().userName).toBe('Ana');
    await expectKept(entry, found);
  });
});

describe('a release file saved by a text editor with a UTF-8 byte-order mark', () => {
  it('loads as it is: the mark is not part of the text', async () => {
    const { store } = await openChecked(dir);
    const release = await store.create({ headline: 'Grüße' });
    const path = join(dir, RELEASES_DIR, `${release.id}.json`);
    await writeFile(path, `\ufeff${await readFile(path, 'utf8')}`);
    const { store: again, quarantined } = await openChecked(dir);
    expect(quarantined).toEqual([]);
    expect((await again.get(release.id)).headline).toBe('Grüße');
  });
});

describe('the app starting with broken files', () => {
  it('opens with default settings and the releases it can read, and lists both problems as notices', async () => {
    const dataDir = join(dir, 'data');
    const first = await openCore({ dataDir, resourcesDir: RESOURCES, version: '0.0.0-test' });
    const good = await first.releases.create({ headline: 'Good' });
    const bad = await first.releases.create({ headline: 'Bad' });
    await first.settings.update((s) => ({ ...s, userName: 'Ana' }));
    await first.close();
    await writeFile(join(dataDir, SETTINGS_FILE), Buffer.alloc(512));
    await writeFile(join(dataDir, RELEASES_DIR, `${bad.id}.json`), '{"schemaVersion": 3, "id": ');

    const core = await openCore({ dataDir, resourcesDir: RESOURCES, version: '0.0.0-test' });
    try {
      expect(core.settings.get().userName).toBe('');
      // The library index lists the release at once; the background check finds the damage and quarantines it.
      await core.releases.checked();
      expect(core.releases.list().map((s) => s.id)).toEqual([good.id]);
      const files = (await readQuarantineLog(dataDir)).map((entry) => entry.file).sort();
      expect(files).toEqual([join(dataDir, RELEASES_DIR, `${bad.id}.json`), join(dataDir, SETTINGS_FILE)].sort());
    } finally {
      await core.close();
    }
  });
});
