import { useState } from 'react';
import { Modal } from '../common/Modal';

/** Approve the release as it stands, with an optional comment, in the name set in Settings. */
export function ApproveDialog({
  userName,
  onApprove,
  onSettings,
  onClose,
}: {
  userName: string;
  onApprove(comment: string): void;
  onSettings(): void;
  onClose(): void;
}) {
  const [comment, setComment] = useState('');
  const named = userName.trim() !== '';
  return (
    <Modal
      title="Approve this release"
      onCancel={onClose}
      onSubmit={() => named && onApprove(comment)}
      buttons={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {named ? (
            <button type="submit" className="button button--primary">
              Approve
            </button>
          ) : (
            <button type="button" className="button button--primary" autoFocus onClick={onSettings}>
              Open Settings
            </button>
          )}
        </>
      }
    >
      {named ? (
        <>
          <p>
            You approve this exact text as <strong>{userName}</strong>. Any later change takes it back to draft.
          </p>
          <label className="field">
            <span className="field-label">Comment (optional)</span>
            <textarea autoFocus rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
        </>
      ) : (
        <p role="alert">An approval records who gave it. Add your name in Settings first.</p>
      )}
    </Modal>
  );
}
