import { LANGUAGES, LANGUAGE_LABELS, RELEASE_TYPES, RELEASE_TYPE_LABELS } from '../../../../common/model/vocab';
import { STATES, STATE_LABELS } from '../../../../common/model/stateMachine';
import type { LibraryQuery } from '../../../../common/model/library';
import { MoreFilters, moreFilterCount } from './MoreFilters';

type Sort = NonNullable<LibraryQuery['sort']>;
const SORTS: { value: Sort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'updated', label: 'Last changed' },
  { value: 'date', label: 'Release date' },
  { value: 'headline', label: 'Headline A–Z' },
];

interface Props {
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
}

/** Search as you type, narrow by any of the release's fields, and choose the order. */
export function LibraryFilters({ query, onQuery }: Props) {
  const one = (key: 'states' | 'types' | 'languages', value: string) =>
    onQuery({ ...query, [key]: value ? [value] : [] });
  const hasText = Boolean(query.text?.trim());
  const sort = query.sort === 'relevance' && !hasText ? 'updated' : (query.sort ?? (hasText ? 'relevance' : 'updated'));
  return (
    <div className="library-filters" role="search">
      <label className="visually-hidden" htmlFor="library-search">
        Search releases
      </label>
      <input
        id="library-search"
        type="search"
        placeholder="Search releases, quotes, speakers…"
        value={query.text ?? ''}
        onChange={(event) => onQuery({ ...query, text: event.target.value })}
      />
      <div className="library-filter-row">
        <select
          aria-label="Filter by state"
          value={query.states?.[0] ?? ''}
          onChange={(e) => one('states', e.target.value)}
        >
          <option value="">Any state</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by type"
          value={query.types?.[0] ?? ''}
          onChange={(e) => one('types', e.target.value)}
        >
          <option value="">Any type</option>
          {RELEASE_TYPES.map((type) => (
            <option key={type} value={type}>
              {RELEASE_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by language"
          value={query.languages?.[0] ?? ''}
          onChange={(e) => one('languages', e.target.value)}
        >
          <option value="">Any language</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_LABELS[language]}
            </option>
          ))}
        </select>
      </div>
      <MoreFilters query={query} onQuery={onQuery} />
      <div className="library-filter-row library-filter-row--end">
        <div className="library-sort">
          <label htmlFor="library-sort">Sort by</label>
          <select id="library-sort" value={sort} onChange={(e) => onQuery({ ...query, sort: e.target.value as Sort })}>
            {SORTS.filter((s) => hasText || s.value !== 'relevance').map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {isFiltering(query) && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onQuery({ text: query.text ?? '', ...(query.sort ? { sort: query.sort } : {}) })}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}

/** Whether any filter beside the text is set. */
function isFiltering(query: LibraryQuery): boolean {
  return Boolean(query.states?.length || query.types?.length || query.languages?.length || moreFilterCount(query));
}

/** Whether the library must ask the index: the query narrows it, or orders it other than by last change. */
export function isSearching(query: LibraryQuery): boolean {
  return Boolean(query.text?.trim() || isFiltering(query) || (query.sort && query.sort !== 'updated'));
}
