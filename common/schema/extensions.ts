import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLink } from '../links';
import { Quote } from './quote/quote';

/**
 * The house document schema, shared by the editor, the exporters and validation:
 * paragraphs, h2/h3, bold, italic, lists, safe links and attributed quotes.
 */
export function houseExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // An empty paragraph appended after a final list or heading would change the release just by
      // clicking into it, and so clear its approval; Enter leaves a list or heading instead.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['mailto'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    Quote,
  ];
}
