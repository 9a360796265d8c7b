import { useEffect } from 'react';

/** How long the chance to undo stays on screen. */
const UNDO_MS = 10000;

/** "Deleted … Undo": the undo of a deletion, also on Ctrl+Z outside a text field. */
export function UndoToast({ message, onUndo, onClose }: { message: string; onUndo(): void; onClose(): void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, UNDO_MS);
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName);
      if (!typing && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        onUndo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [onUndo, onClose]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
