import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, spellCheckerLanguages, spellingMenuTemplate } from '../../../main/shell/spelling';

// What Electron reports on Windows and Linux (session.availableSpellCheckerLanguages), abridged.
const AVAILABLE = ['de', 'en-AU', 'en-GB', 'en-US', 'es', 'es-ES', 'fr', 'fr-FR', 'it-IT', 'ru'];

describe('the spell checker', () => {
  it('is told the release’s own language, as the machine names it', () => {
    expect(spellCheckerLanguages('en', AVAILABLE)).toEqual(['en-GB']);
    expect(spellCheckerLanguages('en', ['en-US'])).toEqual(['en-US']);
    expect(spellCheckerLanguages('fr', AVAILABLE)).toEqual(['fr-FR']);
    expect(spellCheckerLanguages('de', AVAILABLE)).toEqual(['de']);
    expect(spellCheckerLanguages('ru', AVAILABLE)).toEqual(['ru']);
    expect(spellCheckerLanguages('it', ['en-US'])).toEqual([]);
  });

  it('offers the suggestions for a misspelt word, then Add to Dictionary, each doing what it says', () => {
    const actions = { replace: vi.fn(), addToDictionary: vi.fn() };
    const menu = spellingMenuTemplate(
      { misspelledWord: 'semniar', dictionarySuggestions: ['seminar', 'seminary'] },
      actions,
    );
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      'seminar',
      'seminary',
      'separator',
      'Add “semniar” to Dictionary',
    ]);
    (menu[0]!.click as () => void)();
    expect(actions.replace).toHaveBeenCalledWith('seminar');
    (menu[3]!.click as () => void)();
    expect(actions.addToDictionary).toHaveBeenCalledWith('semniar');
  });

  it('says when it has no suggestion, and adds nothing for a word spelt right', () => {
    const actions = { replace: vi.fn(), addToDictionary: vi.fn() };
    expect(spellingMenuTemplate({ misspelledWord: 'Mektić', dictionarySuggestions: [] }, actions)[0]).toEqual({
      label: 'No suggestions',
      enabled: false,
    });
    const plain = contextMenuTemplate({ misspelledWord: '', dictionarySuggestions: [], isEditable: true }, actions);
    expect(plain.map((item) => item.role ?? item.type)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    const misspelt = contextMenuTemplate(
      { misspelledWord: 'teh', dictionarySuggestions: ['the'], isEditable: true },
      actions,
    );
    expect(misspelt.map((item) => item.label ?? item.role ?? item.type).slice(0, 4)).toEqual([
      'the',
      'separator',
      'Add “teh” to Dictionary',
      'separator',
    ]);
  });
});
