import { createDocument } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { Editor } from '@tiptap/react';
import { houseExtensions } from '../../../../common/schema/extensions';
import { matchesAccelerator } from '../../../../common/commands/keys';
import { acceleratorOf } from '../../../../common/commands/table';
import type { Doc } from '../../../../common/model/doc';
import { PasteCleanup } from '../../extensions/pasteCleanup/pasteCleanup';
import { Spelling } from '../../extensions/spelling/spelling';
import { TypedText } from '../../extensions/typedText/typedText';
import { SyncFocus } from '../../extensions/syncFocus/syncFocus';
import { FindHighlight } from '../../extensions/findHighlight/findHighlight';
import { QuoteDecorations, type QuoteContext } from '../../extensions/quoteDecorations/quoteDecorations';

/** What the body's current owner hears from its editor; swapped when the editor changes hands. */
export interface BodyEvents {
  /** Every edit; the JSON is read lazily, since serialising a long body on each keystroke is costly. */
  onUpdate(): void;
  /** Ctrl+K: the owner opens its link dialog. */
  onLinkKey(): void;
  /** A paste dropped something: the line that says what, or null when all was kept. */
  onPasteReport?(line: string | null): void;
}

/** What a body editor opens with. */
export interface BodySetup {
  doc: Doc;
  context: QuoteContext;
  labelledBy: string;
  events: BodyEvents;
}

const IDLE: BodyEvents = { onUpdate: () => undefined, onLinkKey: () => undefined };
/** Each editor's current owner, reached from the callbacks given once at creation. */
const owners = new WeakMap<Editor, { events: BodyEvents; labelledBy: string }>();
/** The editor of the release closed last, kept to open the next one: building one costs more than refilling it. */
let spare: Editor | null = null;

const attributes = (labelledBy: string) => ({
  id: 'field-body',
  class: 'body-editor',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-labelledby': labelledBy,
  'data-testid': 'body-editor',
  // The body's spelling is checked by the bundled dictionaries (the Spelling extension), not twice.
  spellcheck: 'false',
});

function setContext(editor: Editor, context: QuoteContext): void {
  (editor.storage as unknown as { quoteDecorations: { context: QuoteContext } }).quoteDecorations.context = context;
}

function create({ doc, context, labelledBy, events }: BodySetup): Editor {
  const owner = { events, labelledBy };
  const editor = new Editor({
    extensions: [
      ...houseExtensions(),
      PasteCleanup.configure({ onReport: (line) => owner.events.onPasteReport?.(line) }),
      SyncFocus,
      TypedText,
      Spelling,
      FindHighlight,
      QuoteDecorations.configure({ initial: context }),
    ],
    content: doc,
    // The CSP forbids injected <style> tags; the editor's CSS is in styles.css.
    injectCSS: false,
    editorProps: {
      attributes: attributes(labelledBy),
      // The quote inspector is held at the bottom of the view: the caret is kept clear of it.
      scrollMargin: { top: 8, left: 8, right: 8, bottom: 160 },
      scrollThreshold: { top: 8, left: 8, right: 8, bottom: 160 },
      handleKeyDown: (_view, event) => {
        if (matchesAccelerator(acceleratorOf('link'), event)) {
          event.preventDefault();
          owner.events.onLinkKey();
          return true;
        }
        return false;
      },
    },
    onUpdate: () => owner.events.onUpdate(),
  });
  owners.set(editor, owner);
  return editor;
}

/**
 * An editor holding `doc`: the spare one if there is one, given a new state so that nothing of the
 * last release (its undo history, its selection, its quote marks) comes along, else a new editor.
 */
export function takeBodyEditor(setup: BodySetup): Editor {
  const editor = spare;
  spare = null;
  if (!editor || editor.isDestroyed) return create(setup);
  const owner = owners.get(editor)!;
  owner.events = setup.events;
  if (owner.labelledBy !== setup.labelledBy) {
    owner.labelledBy = setup.labelledBy;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: attributes(setup.labelledBy) } });
  }
  // The quote marks are drawn from the storage when the new state starts its plugins.
  setContext(editor, setup.context);
  const doc = createDocument(setup.doc, editor.schema, editor.options.parseOptions);
  editor.view.updateState(EditorState.create({ doc, plugins: editor.state.plugins }));
  return editor;
}

/** Keeps a closed release's editor for the next one; with a spare at hand already, it is destroyed. */
export function returnBodyEditor(editor: Editor): void {
  const owner = owners.get(editor);
  if (owner) owner.events = IDLE;
  if (editor.isDestroyed || spare === editor) return;
  if (spare) editor.destroy();
  else spare = editor;
}
