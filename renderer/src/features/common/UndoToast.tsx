import { useEffect } from 'react';

/** How long the chance to undo stays on screen. */
const UNDO_MS = 10000;

/** "Deleted … Undo": the undo of a deletion; the window's Undo Delete shortcut does the same while it shows. */
export function UndoToast({ message, onUndo, onClose }: { message: string; onUndo(): void; onClose(): void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, UNDO_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
