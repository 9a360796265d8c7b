import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ExportStatus } from '../../../common/export/html';
import type { Host } from '../host';
import type { Release } from '../model/release';
import { exportFileName } from './fileName';
import { extensionOf, renderRelease, type ExportFormat } from './formats';
import { indexPage, type IndexEntry } from './indexPage';
import { exists, writeFiles } from './writeFiles';

export const INDEX_FILE = 'index.html';
const LABELS: Record<ExportFormat, string> = { html: 'HTML', md: 'Markdown', fragment: 'HTML fragment', json: 'JSON' };

export interface BatchRequest {
  ids: string[];
  formats: ExportFormat[];
  folder: string;
  read(id: string): Promise<Release>;
  host: Host;
  /** Written as this status instead of each release's own, e.g. 'published' for a publication. */
  status?: ExportStatus;
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
  return formats.map((format) => {
    const first = exportFileName(release, extensionOf(format));
    let name = first;
    // Two releases with the same date and headline get -2, -3…
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = exportFileName({ ...release, headline: `${release.headline} ${n}` }, extensionOf(format));
      // A long headline is cut before its number (the loop never ended): number the cut name instead.
      if (taken.has(name.toLowerCase())) name = first.replace(/(\.[^.]+)$/, `-${n}$1`);
    }
    taken.add(name.toLowerCase());
    return { format, name };
  });
}

/**
 * Exports many releases into a folder with an index page, reporting progress through the host.
 * Runs after it is started; returns the job id at once.
 */
export async function startBatch(request: BatchRequest): Promise<{ jobId: string } | { cancelled: true }> {
  const { ids, formats, folder, read, host, status, written } = request;
  const releases = await Promise.all(ids.map(read));
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

  void (async () => {
    const entries: IndexEntry[] = [];
    try {
      for (const [done, { release, files }] of planned.entries()) {
        if (job.cancelled) return await progress(done, '', 'cancelled');
        await progress(done, release.headline, 'running');
        const paths = files.map((f) => join(folder, f.name));
        await writeFiles(files.map((f, i) => ({ path: paths[i]!, text: renderRelease(release, f.format, status) })));
        await written?.(release, paths);
        entries.push({ release, files: files.map((f) => ({ label: LABELS[f.format], name: f.name })) });
        // Let a cancel request in between two releases.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const index = join(folder, INDEX_FILE);
      await writeFiles([{ path: index, text: indexPage(entries, new Date()) }]);
      await progress(total, '', 'finished', { folder, index });
    } catch (error) {
      await progress(entries.length, '', 'failed', { message: (error as Error).message }).catch(() => undefined);
    } finally {
      running.delete(jobId);
    }
  })();
  return { jobId };
}
