import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../common/model/vocab';

/** The spell-checker codes each release language may go by, best first (Chromium names them variously). */
const CODES: Record<Language, string[]> = {
  en: ['en-GB', 'en-US', 'en'],
  fr: ['fr-FR', 'fr'],
  de: ['de-DE', 'de'],
  it: ['it-IT', 'it'],
  ru: ['ru-RU', 'ru'],
  es: ['es-ES', 'es'],
};

/**
 * The languages to give `session.setSpellCheckerLanguages` for a release: its own, as the machine
 * names it. On macOS the system checks spelling itself and this list is empty (Electron ignores it).
 */
export function spellCheckerLanguages(language: Language, available: readonly string[]): string[] {
  const code = CODES[language].find((candidate) => available.includes(candidate));
  return code ? [code] : [];
}

/** What the spelling part of the context menu does; Electron's own calls, passed in. */
export interface SpellingActions {
  replace(word: string): void;
  addToDictionary(word: string): void;
}

/** The context menu's spelling items for a misspelt word: its suggestions, then "Add to Dictionary". */
export function spellingMenuTemplate(
  params: { misspelledWord: string; dictionarySuggestions: string[] },
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const { misspelledWord, dictionarySuggestions } = params;
  if (!misspelledWord) return [];
  const suggestions: MenuItemConstructorOptions[] =
    dictionarySuggestions.length > 0
      ? dictionarySuggestions.slice(0, 6).map((word) => ({ label: word, click: () => actions.replace(word) }))
      : [{ label: 'No suggestions', enabled: false }];
  return [
    ...suggestions,
    { type: 'separator' },
    { label: `Add “${misspelledWord}” to Dictionary`, click: () => actions.addToDictionary(misspelledWord) },
  ];
}

/** The whole context menu of a text field: spelling first, then the editing roles. */
export function contextMenuTemplate(
  params: { misspelledWord: string; dictionarySuggestions: string[]; isEditable: boolean },
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const spelling = spellingMenuTemplate(params, actions);
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }]
    : [{ role: 'copy' }];
  return spelling.length > 0 ? [...spelling, { type: 'separator' }, ...editing] : editing;
}
