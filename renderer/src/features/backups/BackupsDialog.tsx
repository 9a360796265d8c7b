import { useEffect, useState } from 'react';
import type { SnapshotInfo } from '../../../../preload/contract';
import { useAppData } from '../../app/AppData';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Modal } from '../common/Modal';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const KIND: Record<SnapshotInfo['kind'], string> = {
  daily: 'Daily backup',
  manual: 'Backed up on request',
  'before-restore': 'Safety copy before a restore',
};

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface Props {
  /** Called before a restore: the open release is saved and closed, so no edit lands mid-restore. */
  beforeRestore(): Promise<void>;
  onRestored(message: string): void;
  onClose(): void;
}

/** The library's snapshots: back up now, or bring the whole library back as it was. */
export function BackupsDialog({ beforeRestore, onRestored, onClose }: Props) {
  const { api } = useAppData();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [chosen, setChosen] = useState<SnapshotInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    api.backups.list().then(setSnapshots, (failure: Error) => setError(failure.message));
  }, [api]);

  const backUp = async () => {
    setBusy('Backing up…');
    setError('');
    try {
      const taken = await api.backups.create();
      setSnapshots((list) => [taken, ...(list ?? [])]);
      setChosen(taken);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy('');
    }
  };

  const restore = async (snapshot: SnapshotInfo) => {
    setConfirming(false);
    setBusy('Restoring…');
    setError('');
    try {
      await beforeRestore();
      await api.backups.restore({ name: snapshot.name });
      onRestored(
        `Restored the library as it was on ${when.format(new Date(snapshot.createdAt))}. ` +
          'The library as it was before is kept as a safety copy under Restore from Backup….',
      );
    } catch (failure) {
      setError((failure as Error).message);
      setBusy('');
    }
  };

  return (
    <Modal
      title="Restore from Backup"
      size="wide"
      onCancel={() => !busy && onClose()}
      buttons={
        <>
          <button type="button" className="button" onClick={() => void backUp()} disabled={Boolean(busy)}>
            Back up now
          </button>
          <button type="button" className="button" onClick={onClose} disabled={Boolean(busy)}>
            Close
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!chosen || Boolean(busy)}
            onClick={() => setConfirming(true)}
          >
            Restore…
          </button>
        </>
      }
    >
      <p className="hint">
        Dateline backs up the whole library once a day and keeps the number of backups set in Settings. Restoring
        replaces every release with the backup’s; the library as it is now is kept as a safety copy first.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {busy && <p role="status">{busy}</p>}
      <ul className="backup-list" aria-label="Backups">
        {(snapshots ?? []).map((snapshot) => (
          <li key={snapshot.name}>
            <button
              type="button"
              className="history-item"
              aria-pressed={chosen?.name === snapshot.name}
              onClick={() => setChosen(snapshot)}
            >
              <span className="history-when">{when.format(new Date(snapshot.createdAt))}</span>
              <span>
                {KIND[snapshot.kind]} · {snapshot.releaseCount} release{snapshot.releaseCount === 1 ? '' : 's'} ·{' '}
                {size(snapshot.size)}
              </span>
            </button>
          </li>
        ))}
        {snapshots?.length === 0 && <li className="hint">No backups yet: the first is made when Dateline opens.</li>}
      </ul>
      {confirming && chosen && (
        <ConfirmDialog
          title="Restore this backup?"
          message={`Every release goes back to how it was on ${when.format(new Date(chosen.createdAt))} (${chosen.releaseCount} releases). The library as it is now is kept as a safety copy, so this can be undone.`}
          confirmLabel="Restore"
          onConfirm={() => void restore(chosen)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Modal>
  );
}
