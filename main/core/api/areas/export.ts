import { dirname, join } from 'node:path';
import { z } from 'zod';
import { releaseIdSchema } from '../../model/release';
import type { Core } from '../../context';
import { cancelBatch, startBatch } from '../../export/batch';
import { exportFileName, withExtension } from '../../export/fileName';
import { extensionOf, renderRelease } from '../../export/formats';
import { exists, writeFiles } from '../../export/writeFiles';
import type { Registrar } from '../registry';

const formats = z
  .array(z.enum(['html', 'md']))
  .min(1)
  .max(2);

export function register(registrar: Registrar, core: Core): void {
  const lastFolder = () => core.settings.get().lastExportFolder ?? core.defaultExportFolder;
  const remember = (folder: string) =>
    core.settings.update((settings) => ({ ...settings, lastExportFolder: folder })).catch(() => undefined);

  // The release exactly as stored: the backup and transfer format.
  registrar.handle('export', 'json', z.strictObject({ id: releaseIdSchema }), async ({ id }) => {
    const release = await core.releases.get(id);
    return { fileName: `${id}.json`, text: renderRelease(release, 'json') };
  });

  registrar.handle(
    'export',
    'toFile',
    z.strictObject({ id: releaseIdSchema, formats }),
    async ({ id, formats: wanted }) => {
      const release = await core.releases.get(id);
      const [first, ...others] = wanted;
      const chosen = await core.host.chooseSavePath({
        title: 'Export release',
        defaultPath: join(lastFolder(), exportFileName(release, extensionOf(first!))),
        filters: [{ name: first === 'md' ? 'Markdown' : 'HTML', extensions: [first === 'md' ? 'md' : 'html'] }],
      });
      if (!chosen) return { cancelled: true as const };
      const main = withExtension(chosen, extensionOf(first!));
      const stem = main.slice(0, -extensionOf(first!).length);
      const siblings = others.map((format) => ({ format, path: `${stem}${extensionOf(format)}` }));
      // The save dialog asked about the file it chose; the sibling is asked about here.
      const existing = [];
      for (const { path } of siblings) if (await exists(path)) existing.push(path);
      if (existing.length > 0 && !(await core.host.confirmOverwrite(existing))) return { cancelled: true as const };
      const files = [{ format: first!, path: main }, ...siblings];
      await writeFiles(files.map(({ format, path }) => ({ path, text: renderRelease(release, format) })));
      await remember(dirname(main));
      return { files: files.map((f) => f.path) };
    },
  );

  registrar.handle(
    'export',
    'batch',
    z.strictObject({ ids: z.array(releaseIdSchema).min(1).max(100_000), formats }),
    async ({ ids, formats: wanted }) => {
      const folder = await core.host.chooseFolder({
        title: 'Export releases into a folder',
        defaultPath: lastFolder(),
      });
      if (!folder) return { cancelled: true as const };
      await remember(folder);
      return startBatch({ ids, formats: wanted, folder, read: (id) => core.releases.get(id), host: core.host });
    },
  );

  registrar.handle('export', 'cancel', z.strictObject({ jobId: z.uuid() }), ({ jobId }) => {
    cancelBatch(jobId);
  });
}
