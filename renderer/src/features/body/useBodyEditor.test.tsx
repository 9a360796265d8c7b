// @vitest-environment happy-dom
import type { Editor } from '@tiptap/react';
import { act, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Doc } from '../../../../common/model/doc';
import { takeBodyEditor } from './editorPool';
import { useBodyEditor } from './useBodyEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const text = (words: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

/** Renders what a body editor would, and hands its editor to the test. */
function Probe({ doc, seen, onClose }: { doc: Doc; seen: (editor: Editor | null) => void; onClose(doc: Doc): void }) {
  const editor = useBodyEditor(
    { doc, context: { speakers: [], language: 'en' }, labelledBy: 'body-label' },
    { onUpdate: () => undefined, onLinkKey: () => undefined, onClose },
  );
  seen(editor);
  return null;
}

let root: Root;
afterEach(() => {
  act(() => root.unmount());
  takeBodyEditor({
    doc: text('drain'),
    context: { speakers: [], language: 'en' },
    labelledBy: 'x',
    events: { onUpdate: () => undefined, onLinkKey: () => undefined },
  }).destroy();
});

function mount(doc: Doc, onClose = vi.fn()) {
  let last: Editor | null = null;
  const seen = vi.fn((editor: Editor | null) => (last = editor));
  act(() =>
    root.render(
      <StrictMode>
        <Probe key={JSON.stringify(doc)} doc={doc} seen={seen} onClose={onClose} />
      </StrictMode>,
    ),
  );
  return { editor: () => last!, seen };
}

describe('useBodyEditor', () => {
  it('hands the next release the editor the last one left, with its own text and history, under StrictMode', () => {
    root = createRoot(document.createElement('div'));
    const closed = vi.fn();
    const first = mount(text('First release'), closed);
    expect(first.editor().getText()).toBe('First release');
    first.editor().commands.insertContentAt(first.editor().state.doc.content.size - 1, ' edited');

    const second = mount(text('Second release'));
    // The edited body is handed over as the editor goes.
    expect(closed).toHaveBeenCalledWith(text('First release edited'));
    expect(second.editor()).toBe(first.editor());
    expect(second.editor().getText()).toBe('Second release');
    expect(second.editor().can().undo()).toBe(false);
  });

  it('does not report an unedited body as it closes', () => {
    root = createRoot(document.createElement('div'));
    const closed = vi.fn();
    mount(text('Only read'), closed);
    mount(text('Next'));
    expect(closed).not.toHaveBeenCalled();
  });
});
