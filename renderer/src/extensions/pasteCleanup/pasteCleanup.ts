import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPaste, describeDropped } from './cleanPastedHtml';

interface Options {
  /** Told, in one line, what a paste held that the release could not keep; null when all was kept. */
  onReport(line: string | null): void;
}

/** Cleans pasted HTML before the schema reads it, so Word lists survive and nothing foreign does. */
export const PasteCleanup = Extension.create<Options>({
  name: 'pasteCleanup',
  addOptions() {
    return { onReport: () => undefined };
  },
  addProseMirrorPlugins() {
    const { options } = this;
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          transformPastedHTML: (html) => {
            const { html: cleaned, dropped } = cleanPaste(html);
            options.onReport(describeDropped(dropped));
            return cleaned;
          },
        },
      }),
    ];
  },
});
