import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import hunspellAsm, { type Hunspell, type HunspellFactory } from 'hunspell-asm';
import type { Language } from '../../../common/model/vocab';
import { writeFileAtomic } from '../store/atomic';

/** The Hunspell dictionaries shipped with the app, one per release language (British English for en). */
export const DICTIONARY_PACKAGES: Record<Language, string> = {
  en: 'dictionary-en-gb',
  fr: 'dictionary-fr',
  de: 'dictionary-de',
  it: 'dictionary-it',
  ru: 'dictionary-ru',
  es: 'dictionary-es',
};

/** The words a user added, one per line, in the data folder: plain text they may edit. */
export const PERSONAL_DICTIONARY = 'dictionary.txt';

const MAX_SUGGESTIONS = 6;
// Not named `require`: the bundler declares its own in main's bundle.
const resolvePackage = createRequire(import.meta.url);

async function dictionaryFiles(language: Language): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  const folder = dirname(resolvePackage.resolve(DICTIONARY_PACKAGES[language]));
  const [aff, dic] = await Promise.all([readFile(join(folder, 'index.aff')), readFile(join(folder, 'index.dic'))]);
  return { aff, dic };
}

/**
 * Spelling checked by Hunspell (compiled to WebAssembly) against the bundled dictionaries, so it works
 * with no network on every system; a language's dictionary loads on its first use.
 */
export class Spelling {
  private factory: Promise<HunspellFactory> | undefined;
  private readonly checkers = new Map<Language, Promise<Hunspell>>();
  private personal: Promise<Set<string>> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  /** The words, of those given, that the language's dictionary and the user's own do not know. */
  async misspelt(language: Language, words: readonly string[]): Promise<string[]> {
    const [checker, personal] = await Promise.all([this.checker(language), this.personalWords()]);
    return [...new Set(words)].filter((word) => !personal.has(word) && !knownWord(checker, word));
  }

  async suggestions(language: Language, word: string): Promise<string[]> {
    const checker = await this.checker(language);
    return checker.suggest(word).slice(0, MAX_SUGGESTIONS);
  }

  /** Adds a word to the user's dictionary, for every language, and keeps it in the data folder. */
  async add(word: string): Promise<void> {
    const personal = await this.personalWords();
    if (personal.has(word)) return;
    personal.add(word);
    // One write at a time, each with every word added so far.
    const write = () => writeFileAtomic(join(this.dataDir, PERSONAL_DICTIONARY), [...personal].join('\n') + '\n');
    this.writing = this.writing.then(write, write);
    await this.writing;
  }

  private checker(language: Language): Promise<Hunspell> {
    let checker = this.checkers.get(language);
    if (!checker) {
      checker = this.load(language);
      this.checkers.set(language, checker);
      // A failed load is tried again on the next check, not remembered.
      checker.catch(() => this.checkers.delete(language));
    }
    return checker;
  }

  private async load(language: Language): Promise<Hunspell> {
    this.factory ??= hunspellAsm.loadModule();
    const [factory, { aff, dic }] = await Promise.all([this.factory, dictionaryFiles(language)]);
    return factory.create(factory.mountBuffer(aff, `${language}.aff`), factory.mountBuffer(dic, `${language}.dic`));
  }

  private personalWords(): Promise<Set<string>> {
    this.personal ??= readFile(join(this.dataDir, PERSONAL_DICTIONARY), 'utf8').then(
      (text) =>
        new Set(
          text
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      () => new Set<string>(),
    );
    return this.personal;
  }
}

/** Hunspell knows "Co-operation"; a hyphenated word it does not know is right when each part is. */
function knownWord(checker: Hunspell, word: string): boolean {
  if (checker.spell(word)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => part === '' || checker.spell(part));
}
