import { LANGUAGES, LANGUAGE_LABELS, RELEASE_TYPES, RELEASE_TYPE_LABELS } from '../../../../common/vocab';
import { STATES, STATE_LABELS } from '../../../../common/workflow';
import type { LibraryQuery } from '../../../../main/core/search/searchIndex';

interface Props {
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
}

/** Search as you type, and narrow by state, type and language. */
export function LibraryFilters({ query, onQuery }: Props) {
  const one = (key: 'states' | 'types' | 'languages', value: string) =>
    onQuery({ ...query, [key]: value ? [value] : [] });
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
    </div>
  );
}

/** Whether the query narrows the library at all. */
export function isSearching(query: LibraryQuery): boolean {
  return Boolean(query.text?.trim() || query.states?.length || query.types?.length || query.languages?.length);
}
