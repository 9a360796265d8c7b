import { Modal } from './Modal';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  /** The safe choice, focused first; "Cancel" unless said. */
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question; Escape and Cancel say no, and Cancel has the focus. */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel = 'Cancel', onConfirm, onCancel }: Props) {
  return (
    <Modal
      title={title}
      description={message}
      onCancel={onCancel}
      buttons={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    />
  );
}
