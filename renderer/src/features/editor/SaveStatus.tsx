import type { SaveState } from './useAutosave';

const LABELS: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** The autosave state in the editor's header; a failure also says why. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div className="save-status">
      <span role="status" className={`save-state save-state--${state.kind}`} data-testid="save-status">
        {LABELS[state.kind]}
      </span>
      {state.kind === 'failed' && (
        <div role="alert" className="save-error">
          <p>{state.message}</p>
          <button type="button" onClick={onRetry}>
            Try again now
          </button>
        </div>
      )}
    </div>
  );
}
