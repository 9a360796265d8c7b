import { mkdir, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseToHtmlDocument } from '../../../common/export/html';
import { releaseToMarkdown } from '../../../common/export/markdown';
import { importFiles } from '../../../main/cli/commands/import';
import { openCore, type Core } from '../../../main/core/context';
import { MAX_IMPORT_BYTES } from '../../../main/core/import/readImport';
import type { DocNode } from '../../../common/model/doc';
import { MAX_NESTING } from '../../../common/model/limits';
import type { Release } from '../../../common/model/release';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dateline-import-'));
  core = await openCore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES, version: '0.0.0-test' });
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

const SAMPLE = join(RESOURCES, 'samples', 'sarajevo-press-release.json');
const sample = async (): Promise<Record<string, unknown>> => JSON.parse(await readFile(SAMPLE, 'utf8'));

/** Runs `dateline import` on files written into the temp folder, as the CLI does, and collects what it says. */
async function importTexts(files: Record<string, string>) {
  const paths = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, text);
    paths.push(path);
  }
  const out: string[] = [];
  const err: string[] = [];
  const code = await importFiles(core, { out: (l) => out.push(l), err: (l) => err.push(l) }, paths);
  return { code, out, err, releases: await Promise.all(core.releases.list().map((s) => core.releases.get(s.id))) };
}

/** The release files as they are on disk, as text. */
async function storedTexts(): Promise<string[]> {
  const folder = join(dir, 'data', 'releases');
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json'));
  return Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
}

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'href', 'toString2']) expect(probe[key]).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

describe('importing JSON with prototype keys', () => {
  it('drops __proto__, constructor and prototype at every depth, polluting nothing', async () => {
    const release = await sample();
    const body = release.body as { content: DocNode[] };
    // Written as text: an object literal's __proto__ would set a prototype instead of making a key.
    const json = JSON.stringify({
      ...release,
      body: { ...body, content: [...body.content, { type: 'paragraph', content: [text('Tail')] }] },
    })
      .replace(/^\{/, '{"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"speakers":[{', '"speakers":[{"__proto__":{"polluted":"yes"},')
      .replace('"workflow":{', '"workflow":{"prototype":{"polluted":"yes"},')
      .replace(
        '{"type":"text","text":"Tail"}',
        '{"type":"text","text":"Tail","__proto__":{"type":"image"},"marks":[{"type":"bold","constructor":{"prototype":{"toString2":1}}}]}',
      )
      .replace(
        '"attrs":{"speakerId":"mektic"',
        '"attrs":{"__proto__":{"href":"javascript:alert(1)"},"speakerId":"mektic"',
      );
    expect(json.match(/__proto__|constructor|prototype/g)!.length).toBeGreaterThanOrEqual(8);

    const { code, out, err, releases } = await importTexts({ 'proto.json': json });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(err.join('\n')).toMatch(
      /cleaned .*proto\.json: removed \d+ × a “__proto__”, “constructor” or “prototype” key/,
    );
    expectNoPollution();
    const [imported] = releases as [Release];
    expect(imported.headline).toBe(release.headline);
    expect(imported.body.content.at(-1)).toEqual({ type: 'paragraph', content: [text('Tail', [{ type: 'bold' }])] });
    for (const stored of await storedTexts())
      expect(stored).not.toMatch(/__proto__|"constructor"|"prototype"|polluted/);
  });

  it('keeps a clean release exactly as it was, key for key', async () => {
    const { code, err, releases } = await importTexts({ 'clean.json': await readFile(SAMPLE, 'utf8') });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(releases[0]).toEqual(await sample());
  });
});

describe('importing Markdown with prototype keys', () => {
  it('skips them at the top of the front matter, polluting nothing', async () => {
    const markdown =
      '---\ntitle: A release\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype: x\n---\n\nText.\n';
    const { code, releases } = await importTexts({ 'front.md': markdown });
    expect(code).toBe(0);
    expectNoPollution();
    expect(releases[0]!.headline).toBe('A release');
    for (const stored of await storedTexts())
      expect(stored).not.toMatch(/__proto__|"constructor"|"prototype"|polluted/);
  });

  it.each([
    [
      'in a speaker',
      '---\nspeakers:\n  - id: a\n    __proto__:\n      polluted: yes\n---\n',
      /Unknown key “__proto__” in a speaker/,
    ],
    [
      'in the embargo',
      '---\nembargo:\n  date: 2026-01-01\n  time: "09:00"\n  constructor: x\n---\n',
      /Unknown key “constructor” in the embargo/,
    ],
    [
      'in a contact',
      '---\nmedia_contacts:\n  - name: A\n    prototype: x\n---\n',
      /Unknown key “prototype” in a media contact/,
    ],
    [
      'in a hidden quote note',
      '---\nspeakers:\n  - id: a\n    name: A\n---\n\nA <!--quote {"speaker":"a","attribution":"after","reference":"auto","verb":"","__proto__":{"polluted":1}}-->Words<!--/quote--> b\n',
      /hidden quote note is damaged/,
    ],
    [
      'in a hidden link note',
      '---\ntitle: x\n---\n\n[a](https://www.osce.org/)<!--link {"__proto__":{"href":"javascript:alert(1)"}}-->\n',
      /hidden link note holds “__proto__”/,
    ],
  ])('refuses them %s, naming the problem', async (_, markdown, message) => {
    const { code, err, releases } = await importTexts({ 'nested.md': markdown });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(releases).toEqual([]);
    expectNoPollution();
  });
});

describe('importing a body with what the house schema does not hold', () => {
  it('reduces unknown elements to their text and drops unknown formatting and attributes', async () => {
    const release = await sample();
    release.body = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'x' }, content: [text('Plain.')] },
        { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [text('Framed words.')] },
        { type: 'script', content: [text('alert(1)')] },
        { type: 'image', attrs: { src: 'javascript:alert(1)' } },
        {
          type: 'paragraph',
          content: [
            text('Under', [{ type: 'underline' }, { type: 'italic', attrs: { style: 'color:red' } }]),
            { type: 'mention', attrs: { id: 'x' }, content: [text('@someone')] },
            { type: 'emoji', text: '!' },
            text(' link', [
              { type: 'link', attrs: { href: 'https://www.osce.org/', onmouseover: 'alert(1)', target: '_top' } },
            ]),
          ],
        },
        { type: 'heading', attrs: { level: 1, id: 'x' }, content: [text('Heading')] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Quoted.')] }] },
        {
          type: 'orderedList',
          attrs: { start: -5, type: 'disc', reversed: true },
          content: [{ type: 'paragraph', content: [text('Item.')] }],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'quote',
              attrs: { speakerId: 'mektic', attribution: 'sideways', reference: 'auto', verb: '', html: '<b>' },
              content: [text('Said', [{ type: 'link', attrs: { href: 'https://www.osce.org/' } }])],
            },
          ],
        },
      ],
    };
    const { code, err, releases } = await importTexts({ 'unknown.json': JSON.stringify(release) });
    expect(code).toBe(0);
    expect(releases[0]!.body.content).toEqual([
      { type: 'paragraph', attrs: {}, content: [text('Plain.')] },
      { type: 'paragraph', content: [text('Framed words.')] },
      { type: 'paragraph', content: [text('alert(1)')] },
      {
        type: 'paragraph',
        content: [
          text('Under', [{ type: 'italic', attrs: {} }]),
          text('@someone'),
          text('!'),
          text(' link', [{ type: 'link', attrs: { href: 'https://www.osce.org/', target: null } }]),
        ],
      },
      { type: 'heading', attrs: { level: 2 }, content: [text('Heading')] },
      { type: 'paragraph', content: [text('Quoted.')] },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Item.')] }] }],
      },
      {
        type: 'paragraph',
        content: [
          {
            type: 'quote',
            attrs: { speakerId: 'mektic', attribution: 'after', reference: 'auto', verb: '' },
            content: [text('Said', [])],
          },
        ],
      },
    ]);
    const said = err.join('\n');
    for (const what of [
      '“iframe”',
      '“script”',
      '“image”',
      '“underline”',
      '“onclick”',
      '“onmouseover”',
      '“mention”',
      '“reversed”',
    ]) {
      expect(said).toContain(what);
    }
    const html = releaseToHtmlDocument(releases[0]!);
    expect(html).not.toMatch(/<iframe|<script>alert|onclick|onmouseover|<img|javascript:|evil\.example/);
    expect(releaseToMarkdown(releases[0]!)).not.toMatch(/iframe|onclick|javascript:|evil\.example/);
  });

  it('refuses a body node with keys a stored node cannot have', async () => {
    const release = await sample();
    release.body = { type: 'doc', content: [{ type: 'paragraph', html: '<script>alert(1)</script>' }] };
    const { code, err, releases } = await importTexts({ 'keys.json': JSON.stringify(release) });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^refused .*keys\.json: the file does not match the expected format at body\.content\.0/);
    expect(releases).toEqual([]);
  });
});

describe('importing inputs too large or too deep', () => {
  it('refuses a file over the limit with a clear message', async () => {
    const big = JSON.stringify({ ...(await sample()), lead: 'x'.repeat(MAX_IMPORT_BYTES) });
    const markdown = `---\ntitle: Big\n---\n\n${'Words. '.repeat(MAX_IMPORT_BYTES / 6)}\n`;
    const { code, err, releases } = await importTexts({ 'big.json': big, 'big.md': markdown });
    expect(code).toBe(1);
    expect(err).toHaveLength(2);
    for (const line of err) {
      expect(line).toMatch(
        /^refused .*big\.(json|md): it is 4\.\d MB, and Dateline imports files of up to 4\.0 MB \(a release is far smaller\)\. Check that it is the right file\.$/,
      );
    }
    expect(releases).toEqual([]);
  });

  it('refuses a 3 GB file by its size, without reading it', async () => {
    const path = join(dir, 'huge.json');
    // Sparse: it takes no room on disk, but reading it would fail (Node reads at most 2 GB into one buffer).
    await writeFile(path, '');
    await truncate(path, 3 * 1024 ** 3);
    const err: string[] = [];
    const code = await importFiles(core, { out: () => undefined, err: (l) => err.push(l) }, [path]);
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/huge\.json: it is 3072\.0 MB, and Dateline imports files of up to 4\.0 MB/),
    ]);
  });

  it('refuses JSON nested 10,000 levels deep, anywhere, without overflowing the stack', async () => {
    const release = await sample();
    const deepBody = `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(10_000)}${']}'.repeat(10_000)}]}`;
    const deepAttrs = `{"type":"doc","content":[{"type":"paragraph","attrs":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]}`;
    const files = {
      'deep-body.json': JSON.stringify({ ...release, body: 'BODY' }).replace('"BODY"', deepBody),
      'deep-attrs.json': JSON.stringify({ ...release, body: 'BODY' }).replace('"BODY"', deepAttrs),
      'deep-array.json': '['.repeat(100_000) + ']'.repeat(100_000),
    };
    const { code, err, releases } = await importTexts(files);
    expect(code).toBe(1);
    expect(err).toHaveLength(3);
    for (const line of err) expect(line).toMatch(new RegExp(`its data nests more than ${MAX_NESTING} levels deep`));
    expect(releases).toEqual([]);
  });

  it('refuses Markdown whose front matter nests too deeply, without a crash', async () => {
    const markdown = `---\ntitle: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`;
    const { code, err } = await importTexts({ 'deep.md': markdown });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^refused .*deep\.md: Line 2: The front matter is not valid YAML/);
  });

  it('refuses a folder and what is not a file, saying so', async () => {
    await mkdir(join(dir, 'folder.json'));
    const out: string[] = [];
    const err: string[] = [];
    const code = await importFiles(core, { out: (l) => out.push(l), err: (l) => err.push(l) }, [
      join(dir, 'folder.json'),
      join(dir, 'missing.md'),
      '/dev/null',
    ]);
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/folder\.json: cannot read it: it is a folder, not a file$/),
      expect.stringMatching(/missing\.md: cannot read it: there is no such file$/),
      expect.stringMatching(
        /\/dev\/null: Dateline cannot import a file without an extension: it imports .*\. Save the release/,
      ),
    ]);
  });
});

describe('a release file nested too deeply in the data folder', () => {
  it('is set aside when the store opens, instead of stopping it', async () => {
    await core.close();
    const release = await sample();
    const deep = JSON.stringify({ ...release, body: 'BODY' }).replace(
      '"BODY"',
      `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(10_000)}${']}'.repeat(10_000)}]}`,
    );
    await writeFile(join(dir, 'data', 'releases', `${release.id as string}.json`), deep);
    core = await openCore({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES, version: '0.0.0-test' });
    // The file is new to the library index: the comparison after opening reads it.
    await core.releases.checked();
    expect(core.releases.list()).toEqual([]);
    const log = await readFile(join(dir, 'data', 'quarantine', 'quarantine.log'), 'utf8');
    expect(log).toContain(`nests its data more than ${MAX_NESTING} levels deep`);
  });
});
