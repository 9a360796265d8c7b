import { useEditorState, type Editor } from '@tiptap/react';
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
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="field-body">
      {TOOLS.map((tool, i) => (
        <button
          key={tool.id}
          type="button"
          className="tool"
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
        aria-pressed={active[TOOLS.length]}
        {...shortcutProps('link')}
        onClick={onLink}
      >
        {COMMAND_TABLE.link.label}
      </button>
      <button
        type="button"
        className="tool"
        aria-pressed={active[TOOLS.length + 1]}
        {...shortcutProps('quote')}
        onClick={() => editor.chain().focus().insertQuote().run()}
      >
        {COMMAND_TABLE.quote.label}
      </button>
    </div>
  );
}
