import { useEffect, useRef, useState } from 'react';
import type { ExportProgress, FileFormat, SkippedRelease } from '../../../../preload/contract';
import type { ReleaseSummary } from '../../../../common/model/release';
import { isApproved, isEmbargoed } from '../../../../common/model/stateMachine';
import { useAppData } from '../../app/AppData';
import { BatchProgress } from './BatchProgress';
import { ExportDialog, publicationFormats } from './ExportDialog';

/** One release as a preview export, every release, or a publication of the approved ones. */
export type ExportScope = 'one' | 'all' | 'publish-all';

interface Props {
  scope: ExportScope | null;
  releases: ReleaseSummary[];
  selectedId: string | null;
  onClose(): void;
  /** Saves the open release first: exports are made from what is stored. */
  flush(): Promise<void>;
  attempt(action: () => Promise<void>): Promise<void>;
  onMessage(message: string): void;
  /** A batch ended; a publication changed the states of the releases it wrote. */
  onFinished(published: boolean): void;
}

const REASONS: Record<SkippedRelease['reason'], string> = {
  embargoed: 'embargoed',
  'not-approved': 'not approved',
  'not-verified': 'approval does not match its text',
};

/** "1 approved release", "3 approved releases". */
function count(n: number, noun: string): string {
  const words = noun.split(' ');
  const last = words.pop()!;
  return [n, ...words, n === 1 ? last : `${last}s`].join(' ');
}

function skippedMessage(skipped: SkippedRelease[]): string {
  return `Not published: ${skipped.map((s) => `“${s.headline}” (${REASONS[s.reason]})`).join(', ')}.`;
}

/** The export dialogs and the progress of a batch, for the window's Export commands. */
export function ExportFlow({ scope, releases, selectedId, onClose, flush, attempt, onMessage, onFinished }: Props) {
  const { api, preferences } = useAppData();
  const [batch, setBatch] = useState<ExportProgress | null>(null);
  // A ref, because the batch's last event may arrive before a re-render.
  const publishing = useRef(false);
  const [publishingShown, setPublishingShown] = useState(false);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'export-progress') return;
        setBatch(event);
        if (event.state !== 'running') onFinished(publishing.current);
      }),
    [api, onFinished],
  );

  const now = new Date();
  const approved = releases.filter((r) => isApproved(r.state));
  const embargoed = approved.filter((r) => isEmbargoed(r, now));

  const run = (formats: FileFormat[], option: boolean) =>
    attempt(async () => {
      onClose();
      await flush();
      if (scope === 'one' && selectedId) {
        const result = await api.export.toFile({ id: selectedId, formats });
        if ('files' in result) onMessage(`Exported to ${result.files.join(' and ')}.`);
        return;
      }
      const publish = scope === 'publish-all';
      // A preview batch takes the approved releases unless asked for the drafts too.
      const chosen = publish || option ? releases : approved;
      if (chosen.length === 0 || (publish && approved.length === 0)) {
        throw new Error(
          publish
            ? 'No release is approved yet. Have releases approved before publishing them.'
            : 'No release is approved yet. Tick “also export the releases not approved” to export drafts.',
        );
      }
      publishing.current = publish;
      setPublishingShown(publish);
      const result = await api.export.batch({
        ids: chosen.map((r) => r.id),
        formats,
        ...(publish ? { publish, includeEmbargoed: option } : {}),
      });
      if (!('jobId' in result)) return;
      const { jobId } = result;
      const total = chosen.length - result.skipped.length;
      // Progress may have arrived before the answer: keep it rather than start over.
      setBatch((seen) =>
        seen?.jobId === jobId
          ? seen
          : { type: 'export-progress', jobId, done: 0, total, current: '', state: 'running' },
      );
      if (result.skipped.length > 0) onMessage(skippedMessage(result.skipped));
    });

  const drafts = releases.length - approved.length;
  const publishable = approved.length - embargoed.length;
  const dialog =
    scope === 'one'
      ? { title: 'Export this release', confirmLabel: 'Export…' }
      : scope === 'all'
        ? {
            title: 'Export all releases',
            confirmLabel: 'Choose folder…',
            ...(approved.length > 0 ? { note: `${count(approved.length, 'approved release')} will be exported.` } : {}),
            ...(drafts > 0
              ? { option: `Also export the ${count(drafts, 'release')} not approved (marked DRAFT)` }
              : {}),
            ...(approved.length === 0
              ? {
                  nothing:
                    drafts === 0
                      ? 'There are no releases to export yet.'
                      : 'No release is approved yet: tick below to export the drafts, marked DRAFT.',
                }
              : {}),
          }
        : {
            title: 'Publish all approved releases',
            confirmLabel: 'Choose folder…',
            note:
              publishable > 0
                ? `${count(publishable, 'approved release')} will be written as published, without the DRAFT banner, and recorded as published.`
                : undefined,
            ...(embargoed.length > 0
              ? {
                  option: `Also publish the ${count(embargoed.length, 'embargoed release')} now (their embargo line is kept)`,
                }
              : {}),
            ...(publishable === 0
              ? {
                  nothing:
                    embargoed.length > 0
                      ? 'Every approved release is under embargo: tick below to publish them now.'
                      : 'Nothing to publish: no release is approved yet. A release can be published once it is approved.',
                }
              : {}),
          };

  return (
    <>
      {scope && (
        <ExportDialog
          {...dialog}
          {...(scope === 'publish-all' ? { initial: publicationFormats(preferences.output.publicationFormats) } : {})}
          onExport={(formats, option) => void run(formats, option)}
          onClose={onClose}
        />
      )}
      {batch && (
        <BatchProgress
          event={batch}
          publishing={publishingShown}
          onCancel={() => void api.export.cancel({ jobId: batch.jobId })}
          onClose={() => setBatch(null)}
        />
      )}
    </>
  );
}
