import type { Language } from '../../../../common/model/vocab';

// The commonest short words of each language: enough to tell six languages apart in a paragraph.
const STOPWORDS: Record<Exclude<Language, 'ru'>, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'said', 'was', 'are', 'by', 'this'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'avec'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auf', 'für'],
  it: ['il', 'di', 'che', 'la', 'per', 'del', 'della', 'sono', 'gli', 'con', 'una', 'nel', 'alla', 'dei', 'ha'],
  es: ['el', 'los', 'las', 'de', 'que', 'y', 'en', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'al'],
};

/** The language of a text: Cyrillic is Russian; otherwise the language whose common words it uses most. */
export function detectLanguage(text: string): { language: Language; sure: boolean } {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter)).length;
  if (letters.length > 0 && cyrillic / letters.length > 0.3) return { language: 'ru', sure: true };
  const words = (text.toLocaleLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 5000);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const scores = (Object.keys(STOPWORDS) as (keyof typeof STOPWORDS)[])
    .map((language) => ({
      language,
      score: STOPWORDS[language].reduce((sum, word) => sum + (counts.get(word) ?? 0), 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scores as [(typeof scores)[number], (typeof scores)[number]];
  if (best.score === 0) return { language: 'en', sure: false };
  return { language: best.language, sure: best.score >= 3 && best.score > next.score * 1.5 };
}

/** A language tag as other systems write it ("en-GB", "fr_FR", "Russian") as one of Dateline's, if it is one. */
export function languageOfTag(tag: string): Language | undefined {
  const code = tag.trim().toLowerCase().slice(0, 2);
  const names: Record<string, Language> = {
    english: 'en',
    french: 'fr',
    german: 'de',
    italian: 'it',
    russian: 'ru',
    spanish: 'es',
  };
  const named = names[tag.trim().toLowerCase()];
  if (named) return named;
  return (['en', 'fr', 'de', 'it', 'ru', 'es'] as const).find((language) => language === code);
}
