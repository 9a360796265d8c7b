import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MarkdownImportError } from '../../../common/export/markdown';
import { MAX_BODY_BLOCKS } from '../../../common/model/limits';
import { LoadError } from '../../../common/model/migrate';
import { MAX_IMPORT_BYTES, parseImport, readImportFile } from '../../../main/core/import/readImport';
import { importRefusal } from '../../../main/cli/commands/import';
import { writeFailed } from '../../../main/core/store/errors';
import { dateline, requireBuiltCli } from '../../helpers/cli';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

const SAMPLE = join(RESOURCES, 'samples', 'sarajevo-press-release.json');
const FRONT = '---\ntitle: Ministers meet in Vienna\n---\n';

/** Repeats `unit` to just under the import cap, as a machine-made file would. */
function fill(unit: string): string {
  return FRONT + unit.repeat(Math.floor((MAX_IMPORT_BYTES - FRONT.length - 1) / Buffer.byteLength(unit)));
}

function refusal(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the import to be refused');
}

describe('an import is bounded while it is parsed', () => {
  it('refuses a Markdown file of empty paragraphs under the byte cap by counting, not by the write check', () => {
    for (const unit of ['<!--empty-paragraph-->\n\n', '-\n', 'a\n\n']) {
      const error = refusal(() => parseImport(fill(unit), 'markdown'));
      expect(error).toBeInstanceOf(MarkdownImportError);
      expect(error.message).toMatch(/far more than any release/);
    }
  });

  it('refuses one line that would split into millions of formatted pieces', () => {
    const error = refusal(() => parseImport(fill('*a* ') + '\n', 'markdown'));
    expect(error).toBeInstanceOf(MarkdownImportError);
    expect(error.message).toMatch(/formatted text/);
  });

  it('refuses a body with more blocks than the bound on the JSON path too', () => {
    const body = {
      type: 'doc',
      content: Array.from({ length: MAX_BODY_BLOCKS + 1 }, () => ({ type: 'paragraph' })),
    };
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;
    const error = refusal(() => parseImport(JSON.stringify({ ...sample, body }), 'json'));
    expect(error).toBeInstanceOf(LoadError);
    expect(error.message).toMatch(/more than 20,000 paragraphs/);
  });

  it('still imports a long release: a thousand paragraphs with formatting', () => {
    const body = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} has **bold** and *italic* words.`).join('\n\n');
    const { release } = parseImport(`${FRONT}\n${body}\n`, 'markdown');
    expect(release.body.content).toHaveLength(1000);
  });
});

describe('an import reads UTF-8 strictly', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-import-utf8-')));
  afterEach(() => cleanup());

  it('refuses bytes that are not UTF-8 and names their line', async () => {
    const file = join(dir, 'latin1.md');
    // “Café” saved as Windows-1252 on the fifth line: 0xE9 alone is not UTF-8.
    await writeFile(file, Buffer.concat([Buffer.from(`${FRONT}\nCaf`), Buffer.from([0xe9]), Buffer.from(' talks\n')]));
    await expect(readImportFile(file)).rejects.toThrow(/not UTF-8 text: line 5 .*Save it as UTF-8/);
  });

  it('imports a file that holds a real replacement character', async () => {
    const file = join(dir, 'real.md');
    await writeFile(file, `${FRONT}\nA sign \ufffd written on purpose.\n`);
    const { release } = await readImportFile(file);
    expect(JSON.stringify(release.body)).toContain('\ufffd');
  });
});

describe('dateline import A B C', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(requireBuiltCli);
  beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-import-abc-')));
  afterEach(() => cleanup());

  it('reports a refused file and imports the rest', async () => {
    const [a, b, c] = ['a.md', 'b.md', 'c.md'].map((name) => join(dir, name));
    await writeFile(a!, `${FRONT}\nThe first release.\n`);
    await writeFile(b!, fill('<!--empty-paragraph-->\n\n'));
    await writeFile(c!, '---\ntitle: Field office opens\n---\n\nThe third release.\n');
    const data = ['--data', join(dir, 'data')];
    const run = await dateline([...data, 'import', a!, b!, c!]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`imported ${a} as `));
    expect(run.stdout).toMatch(new RegExp(`imported ${c} as `));
    expect(run.stderr).toMatch(new RegExp(`refused ${b}: .*far more than any release`));
    expect(run.stderr).not.toMatch(/kept in the editor/);
    expect(run.stderr).toMatch(/2 of 3 files imported; 1 refused/);
    const listed = await dateline([...data, 'list']);
    expect(listed.stdout).toMatch(/Ministers meet in Vienna/);
    expect(listed.stdout).toMatch(/Field office opens/);
  });
});

describe('the CLI’s words for a file that could not be saved', () => {
  it('say nothing about an editor, and say that nothing was saved', () => {
    const tooBig = writeFailed('the release', Object.assign(new Error('21 MB is too large'), { code: 'EFBIG' }));
    const full = writeFailed('the release', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    expect(tooBig.message).toMatch(/kept in the editor/);
    for (const error of [tooBig, full]) {
      const words = importRefusal(error);
      expect(words).toMatch(/nothing was saved/);
      expect(words).not.toMatch(/editor/);
    }
    expect(importRefusal(new Error('a bug'))).toBeUndefined();
  });
});
