import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Core } from '../../core/context';
import { uniqueExportName } from '../../core/export/fileName';
import { EXPORT_FORMATS, extensionOf, renderFile, type ExportFormat } from '../../core/export/formats';
import { lazyPrinter } from '../../core/export/pdf/lazy';
import { exists, exportFailed, writeFiles } from '../../core/export/writeFiles';
import { STATES, isApproved } from '../../../common/model/stateMachine';
import { publicationRefusal } from '../../core/workflow/verify';
import { resolveId } from '../ids';
import { CliError, type Output } from '../output';

export interface ExportOptions {
  all?: boolean;
  status?: string;
  format: string;
  out: string;
  force?: boolean;
}

/** "pdf", "pdf,docx" or "all". */
function formatsOf(format: string): ExportFormat[] {
  if (format === 'all') return [...EXPORT_FORMATS];
  const wanted = format.split(',').map((part) => part.trim().toLowerCase());
  const unknown = wanted.find((part) => !(EXPORT_FORMATS as readonly string[]).includes(part));
  if (unknown !== undefined || wanted.length === 0)
    throw new CliError(
      `Unknown format “${unknown ?? format}”: use ${EXPORT_FORMATS.join(', ')} or all (several with commas).`,
    );
  return [...new Set(wanted as ExportFormat[])];
}

/** `dateline export`: files named from date and headline; an existing file is replaced only with --force. */
export async function exportReleases(
  core: Core,
  output: Output,
  ids: string[],
  options: ExportOptions,
): Promise<number> {
  const formats = formatsOf(options.format);
  const scopes = [ids.length > 0, Boolean(options.all), options.status !== undefined].filter(Boolean).length;
  if (scopes > 1) throw new CliError('Say which releases one way: give ids, or --all, or --status STATUS.');
  // Without a choice, what is ready to publish: the approved releases.
  const status = scopes === 0 ? 'approved' : options.status;
  if (status !== undefined && !(STATES as readonly string[]).includes(status)) {
    throw new CliError(`Unknown status “${status}”: use ${STATES.join(', ')}.`);
  }
  const summaries = core.releases.list();
  const chosen = ids.length
    ? ids.map((id) => resolveId(summaries, id))
    : summaries.filter((r) => !status || r.state === status);
  const folder = resolve(options.out);
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw exportFailed(folder, error);
  });
  const taken = new Set<string>();
  let refused = 0;
  // A system Chrome or Chromium, started on the first PDF only.
  const printer = lazyPrinter(() =>
    import('../../core/export/pdf/chromium').then(({ chromiumPrinter }) => chromiumPrinter()),
  );
  const officeOutput = core.settings.get().output;
  try {
    for (const summary of chosen) {
      const release = await core.releases.get(summary.id);
      // The gate recomputes the fingerprint now: a stored state proves nothing by itself.
      const unverified = isApproved(release.workflow.state) ? publicationRefusal(release) : undefined;
      if (unverified || (status && isApproved(status as never) && !isApproved(release.workflow.state))) {
        output.err(
          `refused ${summary.id} (“${release.headline || 'Untitled'}”): ${unverified ?? 'it is no longer approved'}`,
        );
        refused++;
        continue;
      }
      for (const format of formats) {
        const name = uniqueExportName(release, extensionOf(format), taken);
        const path = join(folder, name);
        if (!options.force && (await exists(path))) {
          output.err(`not replaced ${path}: it exists (use --force to replace it)`);
          refused++;
          continue;
        }
        const data = await renderFile(release, format, { output: officeOutput, printer: printer.get });
        await writeFiles([{ path, text: data }]);
        output.out(path);
      }
    }
  } finally {
    await printer.close();
  }
  if (chosen.length === 0)
    output.err(`No releases matched${status ? ` (status ${status})` : ''}; nothing was exported.`);
  return refused > 0 ? 1 : 0;
}
