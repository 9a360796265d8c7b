import { EditorContent, type Editor } from '@tiptap/react';
import { useEffect, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { Speaker } from '../../../../common/quotes';
import type { Language } from '../../../../common/model/vocab';
import type { Doc } from '../../../../common/model/doc';
import { quoteDecorationsKey, type QuoteContext } from '../../extensions/quoteDecorations/quoteDecorations';
import { redraw } from '../../extensions/redraw/redraw';
import { useAppData } from '../../app/AppData';
import { SpellingMenu } from '../spelling/SpellingMenu';
import { useSpelling } from '../spelling/useSpelling';
import { LinkDialog } from './LinkDialog';
import { QuoteInspector } from './QuoteInspector';
import { Toolbar } from './Toolbar';
import { useBodyEditor } from './useBodyEditor';
import { matchesAccelerator } from '../../../../common/commands/keys';
import { acceleratorOf } from '../../../../common/commands/table';

/** What the rest of the editor may ask of the body. */
export interface BodyHandle {
  getJSON(): Doc;
  /** The live editor, for Find and Replace; null before the first paint. */
  editor(): Editor | null;
  /** Takes the focus, the cursor where it last was, and brings it into view. */
  focus(): void;
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
  /** The edited body as the editor closes, for a save that comes after. */
  onClose(doc: Doc): void;
  handle: Ref<BodyHandle>;
}

function setQuoteContext(editor: Editor, context: QuoteContext): void {
  const storage = (editor.storage as unknown as { quoteDecorations: { context: QuoteContext } }).quoteDecorations;
  // The editor opened with this context already: redrawing a long body's quotes would be wasted.
  if (storage.context.speakers === context.speakers && storage.context.language === context.language) return;
  storage.context = context;
  redraw(editor, quoteDecorationsKey, true);
}

/** The release body: the house schema, a toolbar, links and attributed quotes. */
export function BodyEditor(props: Props) {
  const { initial, labelledBy, speakers, language, onSpeakersChange, onChange, onClose, handle } = props;
  const [linking, setLinking] = useState(false);
  const [inspecting, setInspecting] = useState(0);
  const [pasted, setPasted] = useState<string | null>(null);
  const context = useMemo(() => ({ speakers, language }), [speakers, language]);
  const { api } = useAppData();
  const editor = useBodyEditor(
    { doc: initial, context, labelledBy },
    { onUpdate: onChange, onLinkKey: () => setLinking(true), onClose, onPasteReport: setPasted },
  );

  useEffect(() => {
    if (editor) setQuoteContext(editor, context);
  }, [editor, context]);
  const recheckSpelling = useSpelling(editor, api, language, initial);

  useImperativeHandle(
    handle,
    () => ({
      getJSON: () => (editor ? (editor.getJSON() as Doc) : initial),
      editor: () => editor,
      focus: () => editor?.chain().focus().scrollIntoView().run(),
      select: (from, to) => {
        if (!editor) return;
        const size = editor.state.doc.content.size;
        editor
          .chain()
          .focus()
          .setTextSelection({ from: Math.min(from, size), to: Math.min(to, size) })
          .scrollIntoView()
          .run();
      },
    }),
    [editor, initial],
  );

  // Ctrl+Shift+Q: make a quote of the selection; inside a quote, go to its speaker.
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if (!matchesAccelerator(acceleratorOf('quote'), event)) return;
      event.preventDefault();
      if (!editor.chain().focus().insertQuote().run()) setInspecting((n) => n + 1);
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);

  // Only within the first render, before the layout effect has taken the editor: nothing is painted yet.
  if (!editor) return <div className="body-editor-frame" />;
  return (
    <div className="body-editor-frame">
      <Toolbar editor={editor} onLink={() => setLinking(true)} />
      <EditorContent editor={editor} />
      {/* Below the text, so that it moves nothing above it: what the last paste could not keep. */}
      <p className="paste-report" role="status">
        {pasted && (
          <>
            {pasted}{' '}
            <button type="button" className="button button--quiet button--small" onClick={() => setPasted(null)}>
              Dismiss
            </button>
          </>
        )}
      </p>
      {/* Below the text and held at the bottom of the view: entering a quote never moves the line being typed. */}
      <QuoteInspector
        editor={editor}
        speakers={speakers}
        onSpeakersChange={onSpeakersChange}
        focusRequest={inspecting}
      />
      <SpellingMenu editor={editor} api={api} language={language} onRecheck={recheckSpelling} />
      {linking && <LinkDialog editor={editor} onClose={() => setLinking(false)} />}
    </div>
  );
}
