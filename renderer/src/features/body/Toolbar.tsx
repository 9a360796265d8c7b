import { useEditorState, type Editor } from '@tiptap/react';

interface Tool {
  label: string;
  keys: string;
  active(editor: Editor): boolean;
  run(editor: Editor): void;
}

const TOOLS: Tool[] = [
  {
    label: 'Bold',
    keys: 'Control+B',
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: 'Italic',
    keys: 'Control+I',
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Heading',
    keys: 'Control+Alt+2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Subheading',
    keys: 'Control+Alt+3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: 'Bulleted list',
    keys: 'Control+Shift+8',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    keys: 'Control+Shift+7',
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
          key={tool.label}
          type="button"
          className="tool"
          aria-pressed={active[i]}
          aria-keyshortcuts={tool.keys}
          title={`${tool.label} (${tool.keys.replace('Control', 'Ctrl')})`}
          onClick={() => tool.run(editor)}
        >
          {tool.label}
        </button>
      ))}
      <button
        type="button"
        className="tool"
        aria-pressed={active[TOOLS.length]}
        aria-keyshortcuts="Control+K"
        title="Link (Ctrl+K)"
        onClick={onLink}
      >
        Link
      </button>
      <button
        type="button"
        className="tool"
        aria-pressed={active[TOOLS.length + 1]}
        aria-keyshortcuts="Control+Shift+Q"
        title="Quote (Ctrl+Shift+Q)"
        onClick={() => editor.chain().focus().insertQuote().run()}
      >
        Quote
      </button>
    </div>
  );
}
