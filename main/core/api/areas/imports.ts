import { basename } from 'node:path';
import { z } from 'zod';
import type { ImportProposal } from '../../../../common/model/importReport';
import { LoadError } from '../../../../common/model/migrate';
import { MarkdownImportError } from '../../../../common/export/markdown';
import type { Core } from '../../context';
import { importKindOf, readImportBytes, readImportFile, sniffKind, type Imported } from '../../import/readImport';
import { MAX_IMPORT_BYTES } from '../../import/readImport';
import type { Registrar } from '../registry';

const FILTERS = [
  { name: 'Releases', extensions: ['docx', 'eml', 'html', 'htm', 'txt', 'md', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

/** A refusal the file is to blame for, said as the review lists it; anything else is a fault. */
function refused(name: string, error: unknown): ImportProposal {
  if (error instanceof LoadError || error instanceof MarkdownImportError || (error as Error).name === 'ZodError')
    return { ok: false, name, reason: (error as Error).message };
  throw error;
}

function proposal(name: string, imported: Imported): ImportProposal {
  const {
    id: _id,
    revision: _revision,
    schemaVersion: _schema,
    workflow: _workflow,
    familyId: _family,
    createdAt: _created,
    updatedAt: _updated,
    ...content
  } = imported.release;
  const report = imported.report ?? { readAs: 'Dateline file', sources: [], setAside: [], warnings: [] };
  for (const line of imported.removed) report.warnings.push(`Removed ${line}.`);
  if (imported.claimed) report.warnings.push(`The file claimed ${imported.claimed}: an import is always a draft.`);
  return { ok: true, name, content, report, source: imported.source ?? '' };
}

export function register(registrar: Registrar, core: Core): void {
  const context = () => ({ taxonomies: core.taxonomies });
  registrar.handle('imports', 'choose', z.undefined(), () =>
    core.host.chooseImportFiles({ title: 'Import releases', filters: FILTERS }),
  );
  registrar.handle('imports', 'readFile', z.strictObject({ path: z.string().min(1).max(4096) }), async ({ path }) => {
    try {
      return proposal(basename(path), await readImportFile(path, context()));
    } catch (error) {
      return refused(basename(path), error);
    }
  });
  // Only a file's own name (for its extension and the review's title): never a path.
  const fileName = z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\%:]/u.test(name) && !name.includes('\u0000'), 'a file name, not a path')
    .refine((name) => !/^\.+$/u.test(name), 'a file name, not a path');
  // Base64 of at most the import cap, with room for its padding.
  const base64 = z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8);
  registrar.handle(
    'imports',
    'readData',
    z.strictObject({ name: fileName, base64 }),
    async ({ name, base64: data }) => {
      try {
        return proposal(name, await readImportBytes(Buffer.from(data, 'base64'), importKindOf(name), context()));
      } catch (error) {
        return refused(name, error);
      }
    },
  );
  registrar.handle('imports', 'readClipboard', z.undefined(), async () => {
    const name = 'Clipboard';
    try {
      const { text, html } = await core.host.readClipboard();
      // Copied from a page or from Word, the HTML keeps the lists and the quotes; plain text otherwise.
      const [kind, data] = html.trim() ? (['html', html] as const) : ([sniffKind(text), text] as const);
      if (!data.trim())
        return {
          ok: false as const,
          name,
          reason: 'The clipboard holds no text. Copy the release first, then try again.',
        };
      return proposal(name, await readImportBytes(Buffer.from(data, 'utf8'), kind, context()));
    } catch (error) {
      return refused(name, error);
    }
  });
}
