import type { Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../../../preload/contract';
import type { Language } from '../../../../common/model/vocab';
import type { WordAt } from '../../../../common/spelling/words';
import { misspeltAt } from '../../extensions/spelling/spelling';
import { markKnown } from './useSpelling';

interface Props {
  editor: Editor;
  api: Api;
  language: Language;
  /** Checks the body again: a word was added to the dictionary. */
  onRecheck(): void;
}

interface Open extends WordAt {
  x: number;
  y: number;
  suggestions: string[] | null;
}

/**
 * Right-click on an underlined word, or the Menu key (Shift+F10) with the caret in it: its
 * corrections and "Add to dictionary", from the bundled checker, in a menu driven by the keyboard.
 */
export function SpellingMenu({ editor, api, language, onRecheck }: Props) {
  const [open, setOpen] = useState<Open | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const dom = editor.view.dom;
    const show = (at: WordAt | null, x: number, y: number) => {
      if (!at) return false;
      setOpen({ ...at, x, y, suggestions: null });
      void api.spelling.suggest({ language, word: at.word }).then(
        (suggestions) => setOpen((now) => (now && now.from === at.from ? { ...now, suggestions } : now)),
        () => setOpen((now) => (now && now.from === at.from ? { ...now, suggestions: [] } : now)),
      );
      return true;
    };
    const onContextMenu = (event: MouseEvent) => {
      const pos = editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
      const at = pos === undefined ? null : misspeltAt(editor.state, pos);
      // Under the word's line, so the menu never hides the word it corrects.
      if (at && show(at, event.clientX, editor.view.coordsAtPos(at.from).bottom + 2)) event.preventDefault();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ContextMenu' && !(event.key === 'F10' && event.shiftKey)) return;
      const { from } = editor.state.selection;
      const caret = editor.view.coordsAtPos(from);
      if (show(misspeltAt(editor.state, from), caret.left, caret.bottom + 2)) event.preventDefault();
    };
    dom.addEventListener('contextmenu', onContextMenu);
    dom.addEventListener('keydown', onKeyDown);
    return () => {
      dom.removeEventListener('contextmenu', onContextMenu);
      dom.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, api, language]);

  // The first choice takes the focus once the menu is on the page, and again once suggestions arrive.
  useLayoutEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open?.from, open?.suggestions]);

  if (!open) return null;
  const close = () => {
    setOpen(null);
    editor.commands.focus();
  };
  const stillThere = () => editor.state.doc.textBetween(open.from, open.to) === open.word;
  const replace = (word: string) => {
    if (stillThere())
      editor
        .chain()
        .focus()
        .command(({ tr }) => Boolean(tr.insertText(word, open.from, open.to)))
        .run();
    close();
  };
  const add = () => {
    markKnown(open.word);
    void api.spelling.add({ word: open.word }).finally(onRecheck);
    close();
  };
  const move = (event: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    } else if (step !== 0 && items.length > 0) {
      event.preventDefault();
      items[(index + step + items.length) % items.length]!.focus();
    }
  };

  return (
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={`Spelling of “${open.word}”`}
      style={{ left: open.x, top: open.y }}
      onKeyDown={move}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget as Node | null)) setOpen(null);
      }}
    >
      {open.suggestions === null && (
        <div role="menuitem" aria-disabled="true" className="spelling-menu__note">
          Looking for corrections…
        </div>
      )}
      {open.suggestions?.length === 0 && (
        <div role="menuitem" aria-disabled="true" className="spelling-menu__note">
          No suggestions
        </div>
      )}
      {open.suggestions?.map((word) => (
        <button key={word} type="button" role="menuitem" tabIndex={-1} onClick={() => replace(word)}>
          {word}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" tabIndex={-1} onClick={add}>
        Add “{open.word}” to dictionary
      </button>
    </div>
  );
}
