import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';
import type { Api } from '../../../../preload/contract';
import type { Language } from '../../../../common/model/vocab';
import { bodyWords, spellingKey, type SpellingStorage } from '../../extensions/spelling/spelling';
import { redraw } from '../../extensions/redraw/redraw';

/** Checked once typing pauses, like the preview: never on every keystroke. */
const CHECK_DELAY_MS = 400;

/** What the checker said of each word, by language: a word is asked about once per session. */
const verdicts = new Map<Language, Map<string, boolean>>();

function verdictsFor(language: Language): Map<string, boolean> {
  let known = verdicts.get(language);
  if (!known) verdicts.set(language, (known = new Map()));
  return known;
}

/** A word the user added is right in every language from now on. */
export function markKnown(word: string): void {
  for (const known of verdicts.values()) known.set(word, true);
}

/**
 * Underlines the body's misspelt words in the release's language; `opened` changes with the release
 * shown. Returns a function that checks again now, after a word was added or replaced.
 */
export function useSpelling(editor: Editor | null, api: Api, language: Language, opened: unknown): () => void {
  const recheck = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!editor) return;
    const known = verdictsFor(language);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run = 0;
    const check = async () => {
      const mine = ++run;
      const words = [...new Set(bodyWords(editor.state.doc).map(({ word }) => word))];
      const unasked = words.filter((word) => !known.has(word));
      if (unasked.length > 0) {
        const misspelt = new Set(await api.spelling.check({ language, words: unasked }));
        for (const word of unasked) known.set(word, !misspelt.has(word));
      }
      // A newer check, another release or a closed editor: this answer is not for what is shown now.
      if (mine !== run || editor.isDestroyed) return;
      const storage = (editor.storage as unknown as { spelling: SpellingStorage }).spelling;
      storage.misspelt = new Set(words.filter((word) => known.get(word) === false));
      redraw(editor, spellingKey, true);
    };
    // Without a checker (a failed load) the body is simply not underlined.
    const now = () => void check().catch(() => undefined);
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(now, CHECK_DELAY_MS);
    };
    recheck.current = now;
    now();
    editor.on('update', later);
    return () => {
      run++;
      clearTimeout(timer);
      editor.off('update', later);
      recheck.current = () => undefined;
    };
  }, [editor, api, language, opened]);
  return useCallback(() => recheck.current(), []);
}
