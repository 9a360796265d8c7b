import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type KeyboardEvent } from 'react';
import { COMMAND_TABLE, type BodyCommand } from '../../../../common/commands/table';
import { shortcutProps } from '../../app/shortcuts';

interface Tool {
  id: Exclude<BodyCommand, 'link' | 'quote'>;
  active(editor: Editor): boolean;
  run(editor: Editor): void;
}

/** The formatting buttons; their labels and shortcuts are the command table's. */
const TOOLS: Tool[] = [
  { id: 'bold', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    id: 'heading',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'subheading',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bulleted-list',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'numbered-list',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Formatting for the body; every button's shortcut is announced with it. */
export function Toolbar({ editor, onLink }: { editor: Editor; onLink(): void }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => [...TOOLS.map((tool) => tool.active(e)), e.isActive('link'), e.isActive('quote')],
  });
  // One Tab stop for the whole toolbar; the arrows, Home and End move within it (the ARIA toolbar pattern).
  const [current, setCurrent] = useState(0);
  const roving = (i: number) => ({ tabIndex: i === current ? 0 : -1, onFocus: () => setCurrent(i) });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : -1;
    if (next < 0 || at < 0) return;
    event.preventDefault();
    buttons[next]!.focus();
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="field-body" onKeyDown={onKeyDown}>
      {TOOLS.map((tool, i) => (
        <button
          key={tool.id}
          type="button"
          className="tool"
          {...roving(i)}
          aria-pressed={active[i]}
          {...shortcutProps(tool.id)}
          onClick={() => tool.run(editor)}
        >
          {COMMAND_TABLE[tool.id].label}
        </button>
      ))}
      <button
        type="button"
        className="tool"
        {...roving(TOOLS.length)}
        aria-pressed={active[TOOLS.length]}
        {...shortcutProps('link')}
        onClick={onLink}
      >
        {COMMAND_TABLE.link.label}
      </button>
      <button
        type="button"
        className="tool"
        {...roving(TOOLS.length + 1)}
        aria-pressed={active[TOOLS.length + 1]}
        {...shortcutProps('quote')}
        onClick={() => editor.chain().focus().insertQuote().run()}
      >
        {COMMAND_TABLE.quote.label}
      </button>
    </div>
  );
}
