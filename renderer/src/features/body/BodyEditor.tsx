import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { houseExtensions } from '../../../../common/schema/extensions';
import type { Speaker } from '../../../../common/quotes';
import type { Language } from '../../../../common/vocab';
import type { Doc } from '../../../../main/core/model/doc';
import { PasteCleanup } from '../../extensions/pasteCleanup/pasteCleanup';
import {
  QuoteDecorations,
  quoteDecorationsKey,
  type QuoteContext,
} from '../../extensions/quoteDecorations/quoteDecorations';
import { LinkDialog } from './LinkDialog';
import { QuoteInspector } from './QuoteInspector';
import { Toolbar } from './Toolbar';

/** What the rest of the editor may ask of the body. */
export interface BodyHandle {
  getJSON(): Doc;
  /** Selects a range and brings it into view, for a check's "go there". */
  select(from: number, to: number): void;
}

interface Props {
  initial: Doc;
  labelledBy: string;
  speakers: Speaker[];
  language: Language;
  onSpeakersChange(speakers: Speaker[]): void;
  /** Called on every edit; the JSON is read lazily, since serialising a long body on each keystroke is costly. */
  onChange(): void;
  handle: Ref<BodyHandle>;
}

function setQuoteContext(editor: Editor, context: QuoteContext): void {
  (editor.storage as unknown as { quoteDecorations: { context: QuoteContext } }).quoteDecorations.context = context;
  editor.view.dispatch(editor.state.tr.setMeta(quoteDecorationsKey, true).setMeta('addToHistory', false));
}

/** The release body: the house schema, a toolbar, links and attributed quotes. */
export function BodyEditor({ initial, labelledBy, speakers, language, onSpeakersChange, onChange, handle }: Props) {
  const [linking, setLinking] = useState(false);
  const [inspecting, setInspecting] = useState(0);
  const editor = useEditor({
    extensions: [...houseExtensions(), PasteCleanup, QuoteDecorations.configure({ initial: { speakers, language } })],
    content: initial,
    // The CSP forbids injected <style> tags; the editor's CSS is in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        id: 'field-body',
        class: 'body-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        'data-testid': 'body-editor',
      },
      handleKeyDown: (_view, event) => {
        const mod = event.ctrlKey || event.metaKey;
        if (mod && !event.shiftKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinking(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: () => onChange(),
  });

  useEffect(() => {
    if (editor) setQuoteContext(editor, { speakers, language });
  }, [editor, speakers, language]);

  useImperativeHandle(
    handle,
    () => ({
      getJSON: () => editor.getJSON() as Doc,
      select: (from, to) => {
        const size = editor.state.doc.content.size;
        editor
          .chain()
          .focus()
          .setTextSelection({ from: Math.min(from, size), to: Math.min(to, size) })
          .scrollIntoView()
          .run();
      },
    }),
    [editor],
  );

  // Ctrl+Shift+Q: make a quote of the selection; inside a quote, go to its speaker.
  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if (!((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'q')) return;
      event.preventDefault();
      if (!editor.chain().focus().insertQuote().run()) setInspecting((n) => n + 1);
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);

  return (
    <div className="body-editor-frame">
      <Toolbar editor={editor} onLink={() => setLinking(true)} />
      <QuoteInspector
        editor={editor}
        speakers={speakers}
        onSpeakersChange={onSpeakersChange}
        focusRequest={inspecting}
      />
      <EditorContent editor={editor} />
      {linking && <LinkDialog editor={editor} onClose={() => setLinking(false)} />}
    </div>
  );
}
