import type { Release } from '../../model/release';
import { formatDateline } from '../../model/dateline';
import { carriesDateline } from '../../model/vocab';
import { EXPORT_LABELS } from './labels';

const organisation = (name: string) => ({ '@type': 'Organization', name });

/** The schema.org NewsArticle search engines read from the exported page. */
export function newsArticleJsonLd(release: Release): Record<string, unknown> {
  const dateline = carriesDateline(release.type)
    ? formatDateline(release.place, release.date, release.language).replace(/ – $/, '')
    : '';
  const optional = (key: string, value: unknown, keep: boolean) => (keep ? { [key]: value } : {});
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.headline,
    ...optional('alternativeHeadline', release.subheading, release.subheading !== ''),
    ...optional('description', release.lead, release.lead !== ''),
    ...optional('datePublished', release.date, release.date !== ''),
    ...optional('dateline', dateline, dateline !== ''),
    ...optional('locationCreated', { '@type': 'Place', name: release.place }, release.place !== ''),
    ...optional('author', release.issuers.map(organisation), release.issuers.length > 0),
    ...optional('publisher', organisation(release.issuers[0] ?? ''), release.issuers.length > 0),
    ...optional(
      'about',
      release.fieldsOfWork.map((name) => ({ '@type': 'Thing', name })),
      release.fieldsOfWork.length > 0,
    ),
    ...optional(
      'contentLocation',
      release.countries.map((name) => ({ '@type': 'Country', name })),
      release.countries.length > 0,
    ),
    articleSection: EXPORT_LABELS[release.language].types[release.type],
    inLanguage: release.language,
  };
}
