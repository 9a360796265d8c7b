import { useEffect } from 'react';
import type { ImportProposal } from '../../../../common/model/importReport';
import { Modal } from '../common/Modal';
import { ImportReview } from './ImportReview';
import type { useImport } from './useImport';

type Flow = ReturnType<typeof useImport>;

/** Files dropped anywhere on the window are imported, never opened by the browser in its place. */
export function useFileDrop(onFiles: (files: File[]) => void): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
}

/** The import's dialogs: progress while files are read, then the review of each one. */
export function ImportFlow({ flow }: { flow: Flow }) {
  const { state } = flow;
  if (state.step === 'reading') {
    return (
      <Modal
        title="Reading files to import"
        description="Nothing is created until you have reviewed each one."
        onCancel={flow.cancelReading}
        buttons={
          <button type="button" className="button" onClick={flow.cancelReading} autoFocus>
            Cancel
          </button>
        }
      >
        <progress max={state.total} value={state.done} aria-label="Files read" />
        <p role="status">
          Reading {state.done + 1} of {state.total}…
        </p>
      </Modal>
    );
  }
  if (state.step !== 'reviewing') return null;
  const proposal = state.proposals[state.index];
  if (!proposal?.ok) return null;
  const reviewable = state.proposals.filter((p) => p.ok);
  const position = reviewable.length > 1 ? `${reviewable.indexOf(proposal) + 1} of ${reviewable.length}` : '';
  const refused = state.proposals.filter((p): p is Extract<ImportProposal, { ok: false }> => !p.ok);
  return (
    <ImportReview
      key={state.index}
      proposal={proposal}
      position={position}
      waiting={state.proposals.slice(state.index + 1).filter((p) => p.ok).length}
      refused={state.index === state.proposals.findIndex((p) => p.ok) ? refused : []}
      onCreate={(content) => void flow.create(content)}
      onSkip={flow.skip}
      onCancel={flow.close}
    />
  );
}
