import { MarkdownImportError } from '../../../common/export/markdown';
import type { Core } from '../../core/context';
import { readImportFile } from '../../core/import/readImport';
import { LoadError } from '../../../common/model/migrate';
import type { Output } from '../output';

/**
 * `dateline import FILE…`: each file becomes a release; refused files are reported and the rest
 * imported. What cleaning took out of a file (an unsafe link, an unknown element) is listed.
 */
export async function importFiles(core: Core, output: Output, files: string[]): Promise<number> {
  let refused = 0;
  for (const path of files) {
    try {
      const { release: read, removed, claimed } = await readImportFile(path);
      const { release, renamed } = await core.releases.insert(read);
      output.out(
        `imported ${path} as ${release.id}${renamed ? ' (a release with its id exists; this is a copy)' : ''}`,
      );
      for (const line of removed) output.err(`cleaned ${path}: removed ${line}`);
      if (claimed) output.err(`imported ${path} as a draft: the file claimed ${claimed}, which an import never grants`);
    } catch (error) {
      if (!(error instanceof LoadError || error instanceof MarkdownImportError || (error as Error).name === 'ZodError'))
        throw error;
      output.err(`refused ${path}: ${(error as Error).message}`);
      refused++;
    }
  }
  return refused > 0 ? 1 : 0;
}
