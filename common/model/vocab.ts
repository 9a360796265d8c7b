/** The kinds of publication a press office issues. */
export const RELEASE_TYPES = ['press-release', 'news-item', 'statement', 'media-advisory'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const RELEASE_TYPE_LABELS: Record<ReleaseType, string> = {
  'press-release': 'Press release',
  'news-item': 'News item',
  statement: 'Statement',
  'media-advisory': 'Media advisory',
};

/** Press releases and statements open with a dateline; news items and advisories do not (see the seeds). */
export function carriesDateline(type: ReleaseType): boolean {
  return type === 'press-release' || type === 'statement';
}

/** The organisation's six official languages. */
export const LANGUAGES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ru: 'Русский',
  es: 'Español',
};
