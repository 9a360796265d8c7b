import { useModal } from '../common/useModal';
import { useState } from 'react';

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
  const dialog = useModal();
  const [comment, setComment] = useState('');
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="approve-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (userName.trim()) onApprove(comment);
        }}
      >
        <h2 id="approve-title">Approve this release</h2>
        {userName.trim() ? (
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
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {userName.trim() ? (
            <button type="submit" className="button button--primary">
              Approve
            </button>
          ) : (
            <button type="button" className="button button--primary" autoFocus onClick={onSettings}>
              Open Settings
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
