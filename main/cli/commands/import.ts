import { MarkdownImportError } from '../../../common/export/markdown';
import { LoadError } from '../../../common/model/migrate';
import { DatelineError } from '../../../preload/errors';
import type { Core } from '../../core/context';
import { readImportFile } from '../../core/import/readImport';
import { MAX_FILE_BYTES } from '../../core/store/jsonFile';
import type { Output } from '../output';

/** Why one file was not imported, in the CLI's words; undefined for a failure that is not the file's. */
export function importRefusal(error: unknown): string | undefined {
  if (error instanceof LoadError || error instanceof MarkdownImportError || (error as Error).name === 'ZodError')
    return (error as Error).message;
  if (!(error instanceof DatelineError)) return undefined;
  if (error.code === 'INVALID_ARGUMENT' || error.code === 'CONFLICT') return error.message;
  if (error.code !== 'WRITE_FAILED') return undefined;
  // The store's own words speak to the window ("kept in the editor"); nothing here is in an editor.
  const cause = error.cause as NodeJS.ErrnoException | undefined;
  if (cause?.code === 'EFBIG')
    return `as a release it would be larger than the ${MAX_FILE_BYTES / (1024 * 1024)} MB a Dateline file can hold; nothing was saved.`;
  return `it could not be saved (${cause?.message ?? error.message}); nothing was saved. Check the data folder and import it again.`;
}

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
      const reason = importRefusal(error);
      if (reason === undefined) throw error;
      output.err(`refused ${path}: ${reason}`);
      refused++;
    }
  }
  if (refused > 0 && refused < files.length)
    output.err(`${files.length - refused} of ${files.length} files imported; ${refused} refused.`);
  return refused > 0 ? 1 : 0;
}
