import { MarkdownImportError } from '../../../common/export/markdown';
import { LoadError } from '../../../common/model/migrate';
import type { Release } from '../../../common/model/release';
import { DatelineError } from '../../../preload/errors';
import type { Taxonomies } from '../../../common/model/taxonomy';
import type { ReleaseStore } from '../../core/store/releaseStore';
import { readImportFile, readImportStdin, type Imported } from '../../core/import/readImport';
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

export interface ImportOptions {
  dryRun?: boolean;
  json?: boolean;
}

/** What the import says about one file, beyond its release: cleaning, claims, doubts. */
function notes(path: string, imported: Imported): string[] {
  const lines = imported.removed.map((line) => `cleaned ${path}: removed ${line}`);
  if (imported.claimed)
    lines.push(`imported ${path} as a draft: the file claimed ${imported.claimed}, which an import never grants`);
  for (const warning of imported.report?.warnings ?? []) lines.push(`${path}: ${warning}`);
  return lines;
}

/** What an import reads with, and (unless it is a dry run) the store it writes to. */
export interface ImportTarget {
  taxonomies: Taxonomies;
  releases?: Pick<ReleaseStore, 'insert'>;
}

/**
 * `dateline import [--dry-run] [--json] FILE…`: each file (or `-`, standard input) becomes a draft;
 * refused files are reported and the rest imported. `--dry-run` writes nothing; `--json` prints the
 * releases, as the store holds them, and nothing else on standard output.
 */
export async function importFiles(
  core: ImportTarget,
  output: Output,
  files: string[],
  options: ImportOptions = {},
): Promise<number> {
  let refused = 0;
  const releases: Release[] = [];
  // With --json, standard output holds the JSON alone: what is said about each file goes to standard error.
  const say = options.json ? output.err : output.out;
  for (const path of files) {
    try {
      const imported =
        path === '-'
          ? await readImportStdin({ taxonomies: core.taxonomies })
          : await readImportFile(path, { taxonomies: core.taxonomies });
      if (options.dryRun || !core.releases) {
        releases.push(imported.release);
        say(`would import ${path} as “${imported.release.headline || 'untitled'}” (${imported.release.type})`);
      } else {
        const { release, renamed } = await core.releases.insert(imported.release);
        releases.push(release);
        say(`imported ${path} as ${release.id}${renamed ? ' (a release with its id exists; this is a copy)' : ''}`);
      }
      for (const line of notes(path, imported)) output.err(line);
    } catch (error) {
      const reason = importRefusal(error);
      if (reason === undefined) throw error;
      output.err(`refused ${path}: ${reason}`);
      refused++;
    }
  }
  if (options.json) output.out(JSON.stringify(releases, null, 2));
  if (refused > 0 && refused < files.length)
    output.err(`${files.length - refused} of ${files.length} files imported; ${refused} refused.`);
  return refused > 0 ? 1 : 0;
}
