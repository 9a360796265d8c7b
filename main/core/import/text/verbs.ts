import type { Language } from '../../../../common/model/vocab';

/** Each language's attribution verbs, longest first so "a-t-il déclaré" wins over "déclaré". */
export const SAID: Record<Language, string[]> = {
  en: [
    'pointed out',
    'went on to say',
    'said',
    'says',
    'added',
    'adds',
    'stated',
    'noted',
    'stressed',
    'emphasized',
    'emphasised',
    'underlined',
    'explained',
    'declared',
    'highlighted',
    'remarked',
    'commented',
    'concluded',
    'observed',
    'warned',
    'recalled',
    'asked',
    'urged',
    'told',
    'affirmed',
    'insisted',
    'continued',
    'announced',
  ],
  fr: [
    'a-t-il déclaré',
    'a-t-elle déclaré',
    'a-t-il dit',
    'a-t-elle dit',
    'a-t-il souligné',
    'a-t-elle souligné',
    'a-t-il ajouté',
    'a-t-elle ajouté',
    'a-t-il expliqué',
    'a-t-elle expliqué',
    'a-t-il affirmé',
    'a-t-elle affirmé',
    'a-t-il estimé',
    'a-t-elle estimé',
    'a-t-il rappelé',
    'a-t-elle rappelé',
    'a déclaré',
    'a dit',
    'a souligné',
    'a ajouté',
    'a expliqué',
    'a affirmé',
    'a estimé',
    'a rappelé',
    'a indiqué',
    'déclare',
    'souligne',
    'ajoute',
    'explique',
    'estime',
    'dit',
  ],
  de: ['fügte hinzu', 'sagte', 'erklärte', 'betonte', 'unterstrich', 'ergänzte', 'meinte', 'so'],
  it: [
    'ha dichiarato',
    'ha detto',
    'ha affermato',
    'ha sottolineato',
    'ha aggiunto',
    'ha spiegato',
    'ha osservato',
    'dichiara',
    'afferma',
  ],
  ru: [
    'сказал',
    'сказала',
    'заявил',
    'заявила',
    'отметил',
    'отметила',
    'подчеркнул',
    'подчеркнула',
    'добавил',
    'добавила',
    'сообщил',
    'сообщила',
    'пояснил',
    'пояснила',
    'считает',
    'говорит',
  ],
  es: ['dijo', 'declaró', 'afirmó', 'señaló', 'subrayó', 'añadió', 'explicó', 'destacó', 'indicó', 'aseguró'],
};

/** Pronouns that stand for the speaker in "…,” he said." (French keeps them in the verb: "a-t-il déclaré"). */
export const PRONOUNS: Record<Language, string[]> = {
  en: ['he', 'she', 'they'],
  fr: ['il', 'elle'],
  de: ['er', 'sie'],
  it: ['lui', 'lei'],
  ru: ['он', 'она'],
  es: ['él', 'ella'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of the language's said-verbs, for a regular expression. */
export function saidPattern(language: Language): string {
  return `(?:${[...SAID[language]]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;
}

/** The verb as Dateline stores it: empty for the language's own default, which the house style prints. */
export function storedVerb(verb: string, language: Language): string {
  const defaults: Record<Language, string[]> = {
    en: ['said'],
    fr: ['a déclaré', 'a-t-il déclaré', 'a-t-elle déclaré'],
    de: ['sagte'],
    it: ['ha dichiarato'],
    ru: ['заявил'],
    es: ['dijo'],
  };
  const bare = verb.replace(/-t-(?:il|elle)/u, '');
  return defaults[language].includes(verb) || defaults[language].includes(bare) ? '' : bare;
}
