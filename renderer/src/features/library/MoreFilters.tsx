import { useState } from 'react';
import type { LibraryQuery } from '../../../../common/model/library';
import { useAppData } from '../../app/AppData';

type ListKey = 'issuers' | 'fieldsOfWork' | 'countries';

interface Props {
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
}

const LISTS: { key: ListKey; label: string; any: string }[] = [
  { key: 'issuers', label: 'Issuer', any: 'Any issuer' },
  { key: 'fieldsOfWork', label: 'Field of work', any: 'Any field of work' },
  { key: 'countries', label: 'Country', any: 'Any country' },
];

/** How many of the less common filters are set, for the disclosure's label. */
export function moreFilterCount(query: LibraryQuery): number {
  return LISTS.filter(({ key }) => query[key]?.length).length + Number(Boolean(query.dateFrom || query.dateTo));
}

/** Narrow by issuer, field of work, country and a date range: the organisation's lists plus the user's additions. */
export function MoreFilters({ query, onQuery }: Props) {
  const { lists } = useAppData();
  const count = moreFilterCount(query);
  // Open while filters are set at start; after that, only the user opens and closes it.
  const [open, setOpen] = useState(count > 0);
  const set = (patch: Partial<LibraryQuery>) => onQuery({ ...query, ...patch });
  return (
    <details className="more-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>More filters{count > 0 ? ` (${count})` : ''}</summary>
      <div className="more-filters-grid">
        {LISTS.map(({ key, label, any }) => (
          <div key={key} className="more-filter">
            <label htmlFor={`filter-${key}`}>{label}</label>
            <select
              id={`filter-${key}`}
              value={query[key]?.[0] ?? ''}
              onChange={(e) => set({ [key]: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">{any}</option>
              {lists[key].map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="more-filter">
          <label htmlFor="filter-date-from">Dated from</label>
          <input
            id="filter-date-from"
            type="date"
            value={query.dateFrom ?? ''}
            onChange={(e) => set({ dateFrom: e.target.value })}
          />
        </div>
        <div className="more-filter">
          <label htmlFor="filter-date-to">Dated to</label>
          <input
            id="filter-date-to"
            type="date"
            value={query.dateTo ?? ''}
            onChange={(e) => set({ dateTo: e.target.value })}
          />
        </div>
      </div>
    </details>
  );
}
