import type { SaveState } from './useAutosave';

const LABELS: Record<SaveState['kind'], string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

interface Props {
  state: SaveState;
  onRetry(): void;
  onResolve(choice: 'mine' | 'theirs'): void;
}

/** The autosave state in the editor's header; a failure also says why, and a conflict asks whose text wins. */
export function SaveStatus({ state, onRetry, onResolve }: Props) {
  return (
    <div className="save-status">
      <span role="status" className={`save-state save-state--${state.kind}`} data-testid="save-status">
        {LABELS[state.kind]}
      </span>
      {state.kind === 'failed' && state.code === 'CONFLICT' && (
        <div role="alert" className="save-error save-error--conflict">
          <p>
            This release was changed elsewhere since you opened it, in another window or by a restore. Keep your text
            (the other version stays in its History), or take the other version and drop your unsaved changes.
          </p>
          <button type="button" onClick={() => onResolve('mine')}>
            Keep mine
          </button>
          <button type="button" onClick={() => onResolve('theirs')}>
            Take theirs
          </button>
        </div>
      )}
      {state.kind === 'failed' && state.code !== 'CONFLICT' && (
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
