import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ExportStatus } from '../../../common/export/html';
import type { Host } from '../host';
import type { Release } from '../../../common/model/release';
import { uniqueExportName } from './fileName';
import { extensionOf, renderFile, type ExportFormat, type FileContext } from './formats';
import { indexPage, type IndexEntry } from './indexPage';
import { mapBounded } from './bounded';
import { exists, syncFolder, writeBatchFile, writeFiles } from './writeFiles';

export const INDEX_FILE = 'index.html';
const LABELS: Record<ExportFormat, string> = {
  html: 'HTML',
  md: 'Markdown',
  fragment: 'HTML fragment',
  json: 'JSON',
  pdf: 'PDF',
  docx: 'Word',
  eml: 'E-mail',
  ninjs: 'NINJS',
};

export interface BatchRequest {
  ids: string[];
  formats: ExportFormat[];
  folder: string;
  read(id: string): Promise<Release>;
  host: Host;
  /** Written as this status instead of each release's own, e.g. 'published' for a publication. */
  status?: ExportStatus;
  /** Output settings and the PDF printer, for the formats beyond text. */
  context?: Omit<FileContext, 'status'>;
  /** Called once the batch has ended, however it ended (e.g. to close the PDF printer). */
  done?(): Promise<void>;
  /** Called once a release's files are on disk, e.g. to record its publication. */
  written?(release: Release, paths: string[]): Promise<void>;
}

/** Batch exports under way, so that a cancel can reach them. */
const running = new Map<string, { cancelled: boolean }>();

export function cancelBatch(jobId: string): boolean {
  const job = running.get(jobId);
  if (job) job.cancelled = true;
  return job !== undefined;
}

/** The files a release becomes, named from its date and headline, unique within the batch. */
function plan(release: Release, formats: ExportFormat[], taken: Set<string>): { format: ExportFormat; name: string }[] {
  return formats.map((format) => ({ format, name: uniqueExportName(release, extensionOf(format), taken) }));
}

/** Releases read at once before a batch starts: each holds a file open while it is read. */
const READS_AT_ONCE = 32;
/** Releases rendered and written at once, so the disk and the print pages work while the next one renders. */
const WRITES_AT_ONCE = 8;
/** Progress reports in a batch, at most: one per percent is all a progress bar shows. */
const REPORTS = 100;

/**
 * Exports many releases into a folder with an index page, reporting progress through the host.
 * Runs after it is started; returns the job id at once.
 */
export async function startBatch(request: BatchRequest): Promise<{ jobId: string } | { cancelled: true }> {
  const { ids, formats, folder, read, host, status, written, context, done: finished } = request;
  const releases = await mapBounded(ids, READS_AT_ONCE, read);
  const taken = new Set<string>([INDEX_FILE]);
  const planned = releases.map((release) => ({ release, files: plan(release, formats, taken) }));
  const paths = [INDEX_FILE, ...planned.flatMap((p) => p.files.map((f) => f.name))].map((name) => join(folder, name));
  const existing = (await Promise.all(paths.map(async (path) => ((await exists(path)) ? path : '')))).filter(Boolean);
  if (existing.length > 0 && !(await host.confirmOverwrite(existing))) return { cancelled: true };

  const jobId = randomUUID();
  const job = { cancelled: false };
  running.set(jobId, job);
  const total = planned.length;
  type State = 'running' | 'finished' | 'cancelled' | 'failed';
  const progress = async (done: number, current: string, state: State, extra = {}): Promise<void> => {
    await host.emit({ type: 'export-progress', jobId, done, total, current, state, ...extra });
  };
  // Pages can be exported again, so they are not flushed one by one; a publication records its files, so they are.
  const durable = written !== undefined;
  let done = 0;
  const every = Math.max(1, Math.ceil(total / REPORTS));

  /** Writes one release's files, then counts it done and reports the next. */
  const write = async (release: Release, files: { path: string; text: string | Uint8Array }[]): Promise<void> => {
    const paths = files.map((f) => f.path);
    await Promise.all(files.map(({ path, text }) => writeBatchFile(path, text, durable)));
    if (durable) await syncFolder(folder);
    await written?.(release, paths);
    done++;
    if (done < total && done % every === 0) await progress(done, planned[done]!.release.headline, 'running');
  };

  const render = async (release: Release, files: { format: ExportFormat; name: string }[]) => {
    const texts = [];
    for (const f of files)
      texts.push({ path: join(folder, f.name), text: await renderFile(release, f.format, { ...context, status }) });
    return texts;
  };

  void (async () => {
    const writing = new Set<Promise<void>>();
    let failure: Error | undefined;
    try {
      if (total > 0) await progress(0, planned[0]!.release.headline, 'running');
      for (const { release, files } of planned) {
        if (job.cancelled || failure) break;
        // Rendered and written beside the releases before it: PDFs print in several pages at once.
        const task: Promise<void> = render(release, files)
          .then((texts) => write(release, texts))
          .catch((error: unknown) => void (failure ??= error as Error))
          .finally(() => writing.delete(task));
        writing.add(task);
        if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing);
        // Let finished writes and a cancel request in between two releases.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Files under way are finished, never cut short: every release counted done has all its files.
      await Promise.all(writing);
      if (failure) throw failure;
      if (job.cancelled) return await progress(done, '', 'cancelled');
      const entries: IndexEntry[] = planned.map(({ release, files }) => ({
        release,
        files: files.map((f) => ({ label: LABELS[f.format], name: f.name })),
      }));
      const index = join(folder, INDEX_FILE);
      // Written last, then its folder is synced once: the names of the whole batch are durable from here.
      await writeFiles([{ path: index, text: indexPage(entries, new Date()) }]);
      await progress(total, '', 'finished', { folder, index });
    } catch (error) {
      await Promise.all(writing);
      await progress(done, '', 'failed', { message: (error as Error).message }).catch(() => undefined);
    } finally {
      running.delete(jobId);
      await finished?.().catch(() => undefined);
    }
  })();
  return { jobId };
}
