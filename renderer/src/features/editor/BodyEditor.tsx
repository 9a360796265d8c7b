import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Doc } from '../../../../main/core/model/doc';

interface Props {
  initial: Doc;
  labelledBy: string;
  onChange(body: Doc): void;
}

/** The release body: Tiptap with the house schema (no code, strike or underline). */
export function BodyEditor({ initial, labelledBy, onChange }: Props) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        blockquote: false,
        link: false,
      }),
    ],
    content: initial,
    // The CSP forbids injected <style> tags; the editor's CSS is in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'body-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        'data-testid': 'body-editor',
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON() as Doc),
  });
  return <EditorContent editor={editor} className="body-editor-frame" />;
}
