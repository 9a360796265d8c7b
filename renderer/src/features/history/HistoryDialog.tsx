import { useEffect, useState } from 'react';
import { Modal } from '../common/Modal';
import type { ReleaseDiff } from '../../../../common/history/diff';
import { STATE_LABELS, type WorkflowState } from '../../../../common/model/stateMachine';
import type { RevisionSummary } from '../../../../common/model/revision';
import type { Release } from '../../../../common/model/release';
import { useAppData } from '../../app/AppData';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const KIND: Record<RevisionSummary['kind'], string> = { edit: 'Edited', state: 'State change', restore: 'Restored' };

interface Props {
  id: string;
  /** The revision saved now; a restore is saved on top of it. */
  revision: number;
  onRestored(release: Release): void;
  onClose(): void;
}

/** Every saved version with its state changes and approvals; what changed since; restore as a new version. */
export function HistoryDialog({ id, revision, onRestored, onClose }: Props) {
  const { api } = useAppData();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [diff, setDiff] = useState<ReleaseDiff | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api.history.list({ id }).then(
      (list) => {
        setRevisions(list);
        setChosen(list.find((r) => r.rev < revision)?.rev ?? list[0]?.rev ?? null);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [api, id, revision]);
  useEffect(() => {
    if (chosen === null) return;
    api.history.diff({ id, from: chosen }).then(setDiff, (failure: Error) => setError(failure.message));
  }, [api, id, chosen]);

  const restore = async () => {
    if (chosen === null) return;
    try {
      onRestored(await api.history.restore({ id, rev: chosen, baseRevision: revision }));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <Modal
      title="History"
      size="history"
      onCancel={onClose}
      buttons={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={chosen === null}
            onClick={() => void restore()}
          >
            Restore this version
          </button>
        </>
      }
    >
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="history">
        <ul className="history-list" aria-label="Versions">
          {(revisions ?? []).map((r, index) => (
            <li key={`${r.rev}-${r.at}-${index}`}>
              <button
                type="button"
                className="history-item"
                aria-pressed={r.rev === chosen}
                onClick={() => setChosen(r.rev)}
              >
                <span className="history-when">{when.format(new Date(r.at))}</span>
                <span>
                  {KIND[r.kind]}
                  {r.state ? ` · ${STATE_LABELS[r.state as WorkflowState] ?? r.state}` : ''}
                </span>
                {r.note && <span className="hint">{r.note}</span>}
              </button>
            </li>
          ))}
          {revisions?.length === 0 && <li className="hint">No earlier versions yet.</li>}
        </ul>
        <section className="history-diff" aria-label="Changes since this version">
          {diff && diff.fields.length === 0 && diff.body.every((part) => part.kind === 'same') && (
            <p className="hint">This version is the same as the release now.</p>
          )}
          {diff && diff.fields.length > 0 && (
            <table className="diff-fields">
              <caption className="visually-hidden">Changed fields</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">This version</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {diff.fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row">{f.label}</th>
                    <td>{f.before || '—'}</td>
                    <td>{f.after || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {diff && diff.body.some((part) => part.kind !== 'same') && (
            <p className="diff-body">
              {diff.body.map((part, i) =>
                part.kind === 'added' ? (
                  <ins key={i}>{part.text}</ins>
                ) : part.kind === 'removed' ? (
                  <del key={i}>{part.text}</del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          )}
        </section>
      </div>
    </Modal>
  );
}
