import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { embargoText, type ExportStatus } from '../../../../common/export/html';
import { publicationRefusal } from '../../workflow/verify';
import { isApproved, isEmbargoed, refusal } from '../../../../common/model/stateMachine';
import { FILE_FORMATS, type FileFormat, type SkippedRelease } from '../../../../preload/contract';
import { DatelineError } from '../../../../preload/errors';
import { releaseIdSchema, type Release } from '../../../../common/model/release';
import type { Core } from '../../context';
import { cancelBatch, startBatch } from '../../export/batch';
import { exportFileName, uniqueExportName, withExtension } from '../../export/fileName';
import { extensionOf, renderFile, renderRelease, type FileContext } from '../../export/formats';
import { lazyPrinter, type LazyPrinter } from '../../export/pdf/lazy';
import { exists, writeFiles } from '../../export/writeFiles';
import type { Registrar } from '../registry';

const formats = z.array(z.enum(FILE_FORMATS)).min(1).max(FILE_FORMATS.length);

const FILTERS: Record<FileFormat, { name: string; extensions: string[] }> = {
  html: { name: 'HTML', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  eml: { name: 'E-mail', extensions: ['eml'] },
  ninjs: { name: 'NINJS', extensions: ['json'] },
};

export function register(registrar: Registrar, core: Core): void {
  /** The office's output settings and a printer that starts on the first PDF. */
  const fileContext = (): { context: Omit<FileContext, 'status'>; printer: LazyPrinter } => {
    const printer = lazyPrinter(() => {
      if (!core.host.pdfPrinter)
        throw new DatelineError('NOT_ALLOWED', 'PDF cannot be written here: there is no print engine.');
      return core.host.pdfPrinter();
    });
    return { context: { output: core.settings.get().output, printer: printer.get }, printer };
  };
  const lastFolder = () => core.settings.get().lastExportFolder ?? core.defaultExportFolder;
  const remember = (folder: string) =>
    core.settings.update((settings) => ({ ...settings, lastExportFolder: folder })).catch(() => undefined);

  // The release exactly as stored: the backup and transfer format.
  registrar.handle('export', 'json', z.strictObject({ id: releaseIdSchema }), async ({ id }) => {
    const release = await core.releases.get(id);
    return { fileName: `${id}.json`, text: renderRelease(release, 'json') };
  });

  /** Asks where to save, then writes the release in each format; a sibling file that exists is asked about. */
  const saveAs = async (release: Release, wanted: FileFormat[], status: ExportStatus, title: string) => {
    const [first, ...others] = wanted as [FileFormat, ...FileFormat[]];
    const chosen = await core.host.chooseSavePath({
      title,
      defaultPath: join(lastFolder(), exportFileName(release, extensionOf(first))),
      filters: [FILTERS[first]],
    });
    if (!chosen) return undefined;
    const main = withExtension(chosen, extensionOf(first));
    const stem = main.slice(0, -extensionOf(first).length);
    const siblings = others.map((format) => ({ format, path: `${stem}${extensionOf(format)}` }));
    // The save dialog asked about the file it chose; the sibling is asked about here.
    const existing = [];
    for (const { path } of siblings) if (await exists(path)) existing.push(path);
    if (existing.length > 0 && !(await core.host.confirmOverwrite(existing))) return undefined;
    const files = [{ format: first, path: main }, ...siblings];
    const { context, printer } = fileContext();
    try {
      const rendered = [];
      for (const { format, path } of files)
        rendered.push({ path, text: await renderFile(release, format, { ...context, status }) });
      await writeFiles(rendered);
    } finally {
      await printer.close();
    }
    await remember(dirname(main));
    return files.map((f) => f.path);
  };

  registrar.handle(
    'export',
    'toFile',
    z.strictObject({ id: releaseIdSchema, formats }),
    async ({ id, formats: wanted }) => {
      const release = await core.releases.get(id);
      const files = await saveAs(release, wanted, release.workflow.state, 'Export release');
      return files ? { files } : { cancelled: true as const };
    },
  );

  registrar.handle(
    'export',
    'publish',
    z.strictObject({ id: releaseIdSchema, formats, confirmEmbargo: z.boolean().optional() }),
    async ({ id, formats: wanted, confirmEmbargo }) => {
      const release = await core.releases.get(id);
      if (!isApproved(release.workflow.state)) {
        throw new DatelineError('NOT_ALLOWED', refusal('publish', release.workflow.state));
      }
      const unverified = publicationRefusal(release);
      if (unverified) throw new DatelineError('NOT_ALLOWED', `This release cannot be published: ${unverified}.`);
      if (isEmbargoed({ embargo: release.embargo, state: release.workflow.state }, new Date()) && !confirmEmbargo) {
        throw new DatelineError(
          'EMBARGOED',
          `This release is embargoed until ${embargoText(release)}. Confirm that you want to publish it now.`,
        );
      }
      const files = await saveAs(release, wanted, 'published', 'Publish release');
      if (!files) return { cancelled: true as const };
      const published = await core.releases.transition(
        id,
        'publish',
        { by: core.settings.get().userName, comment: '' },
        files,
      );
      return { files, release: published };
    },
  );

  registrar.handle(
    'export',
    'batch',
    z.strictObject({
      ids: z.array(releaseIdSchema).min(1).max(100_000),
      formats,
      publish: z.boolean().optional(),
      includeEmbargoed: z.boolean().optional(),
    }),
    async ({ ids, formats: wanted, publish = false, includeEmbargoed = false }) => {
      const chosen: string[] = [];
      const skipped: SkippedRelease[] = [];
      const now = new Date();
      const known = new Map(core.releases.list().map((r) => [r.id, r]));
      for (const id of ids) {
        const summary = known.get(id);
        if (!summary)
          throw new DatelineError(
            'NOT_FOUND',
            'A release to export is no longer in the library. Reload it and try again.',
          );
        const headline = summary.headline || 'Untitled release';
        if (publish && !isApproved(summary.state)) skipped.push({ id, headline, reason: 'not-approved' });
        else if (publish && !includeEmbargoed && isEmbargoed(summary, now)) {
          skipped.push({ id, headline, reason: 'embargoed' });
        } else if (publish && publicationRefusal(await core.releases.get(id))) {
          // Checked, not trusted: the stored state says approved, the content must say so too.
          skipped.push({ id, headline, reason: 'not-verified' });
        } else chosen.push(id);
      }
      if (chosen.length === 0) {
        throw new DatelineError(
          'NOT_ALLOWED',
          skipped.some((s) => s.reason === 'embargoed')
            ? 'Every approved release is still under embargo. Tick “also publish the embargoed releases” to publish them now.'
            : 'No release is approved yet. Have releases approved before publishing them.',
        );
      }
      const folder = await core.host.chooseFolder({
        title: publish ? 'Publish releases into a folder' : 'Export releases into a folder',
        defaultPath: lastFolder(),
      });
      if (!folder) return { cancelled: true as const };
      await remember(folder);
      const by = core.settings.get().userName;
      const { context, printer } = fileContext();
      const started = await startBatch({
        context,
        done: printer.close,
        ids: chosen,
        formats: wanted,
        folder,
        read: (id) => core.releases.get(id),
        host: core.host,
        ...(publish
          ? {
              status: 'published' as const,
              // Each release is recorded as published once its files are written.
              written: async (release: Release, paths: string[]) => {
                await core.releases.transition(release.id, 'publish', { by, comment: '' }, paths);
              },
            }
          : {}),
      });
      return 'jobId' in started ? { jobId: started.jobId, skipped } : started;
    },
  );

  registrar.handle('export', 'sendEmail', z.strictObject({ id: releaseIdSchema }), async ({ id }) => {
    // Unsent e-mails for the mail program to open: per machine, never synced or published.
    const outbox = join(core.dataDir, 'outbox');
    const release = await core.releases.get(id);
    // A mail program may still hold an earlier one open (Windows locks it): each gets its own name.
    await mkdir(outbox, { recursive: true });
    const taken = new Set((await readdir(outbox)).map((name) => name.toLowerCase()));
    const file = join(outbox, uniqueExportName(release, extensionOf('eml'), taken));
    const text = await renderFile(release, 'eml', {
      output: core.settings.get().output,
      status: release.workflow.state,
    });
    await writeFiles([{ path: file, text }]);
    const problem = await core.host.openPath(file);
    return problem ? { file, problem } : { file };
  });

  registrar.handle('export', 'cancel', z.strictObject({ jobId: z.uuid() }), ({ jobId }) => {
    cancelBatch(jobId);
  });
}
