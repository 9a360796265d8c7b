import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { MarkdownImportError, releaseFromMarkdown } from '../../../common/export/markdown';
import type { Core } from '../../core/context';
import { LoadError } from '../../core/model/migrate';
import { releaseSchema, type Release } from '../../core/model/release';
import { loadRelease } from '../../core/store/releaseStore';
import type { Output } from '../output';

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'it may not be read (permissions)';
  return (error as Error).message;
}

async function parse(path: string): Promise<Release> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new LoadError(`cannot read it: ${readReason(error)}`);
  });
  const kind = extname(path).toLowerCase();
  if (kind === '.json') return loadRelease(text);
  if (kind === '.md' || kind === '.markdown') {
    return releaseFromMarkdown(text, { newId: randomUUID, validate: (release) => releaseSchema.parse(release) });
  }
  throw new LoadError('only .md and .json files can be imported');
}

/** `dateline import FILE…`: each file becomes a release; refused files are reported and the rest imported. */
export async function importFiles(core: Core, output: Output, files: string[]): Promise<number> {
  let refused = 0;
  for (const path of files) {
    try {
      const { release, renamed } = await core.releases.insert(await parse(path));
      output.out(
        `imported ${path} as ${release.id}${renamed ? ' (a release with its id exists; this is a copy)' : ''}`,
      );
    } catch (error) {
      if (!(error instanceof LoadError || error instanceof MarkdownImportError || (error as Error).name === 'ZodError'))
        throw error;
      output.err(`refused ${path}: ${(error as Error).message}`);
      refused++;
    }
  }
  return refused > 0 ? 1 : 0;
}
