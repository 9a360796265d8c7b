import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { highlight } from './highlight';
import { formatReleaseDate } from '../../../../common/model/dateline';
import { RELEASE_TYPE_LABELS } from '../../../../common/model/vocab';
import { STATE_LABELS } from '../../../../common/model/stateMachine';
import type { ReleaseSummary } from '../../../../common/model/release';
import { embargoedNow } from '../workflow/embargoedNow';
import { shortcutProps, shortcutTitle } from '../../app/shortcuts';

const updated = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A search hit's words to mark and its excerpt. */
export interface Found {
  terms: string[];
  snippet?: string;
}

interface Props {
  releases: ReleaseSummary[];
  /** While searching: what each listed release matched. */
  found?: Map<string, Found>;
  /** How many releases there are in all, for "3 of 120". */
  total: number;
  filters: ReactNode;
  selectedId: string | null;
  onSelect(id: string): void;
  onNew(): void;
  /** File ▸ Import…: releases from Word, e-mail, web pages and other systems. */
  onImport(): void;
  onSettings(): void;
}

/** Arrow keys, Home and End move between releases, scrolling rows into being as in a native list. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>, count: number, scrollTo: (index: number) => void): void {
  const row = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-index]');
  if (!row) return;
  const current = Number(row.dataset.index);
  const next =
    event.key === 'ArrowDown'
      ? current + 1
      : event.key === 'ArrowUp'
        ? current - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? count - 1
            : undefined;
  if (next === undefined || next < 0 || next >= count) return;
  event.preventDefault();
  const list = event.currentTarget;
  scrollTo(next);
  // The row may only exist after the scroll has rendered it.
  requestAnimationFrame(() => list.querySelector<HTMLElement>(`[data-index="${next}"] button`)?.focus());
}

/** The library: every release, newest change first. */
export function ReleaseList({
  releases,
  found,
  total,
  filters,
  selectedId,
  onSelect,
  onNew,
  onImport,
  onSettings,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // Only the rows on screen are drawn, so ten thousand releases scroll as smoothly as ten.
  // TanStack Virtual's API cannot be memoised by the React Compiler, which this app does not use.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: releases.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 10,
    getItemKey: (index) => releases[index]!.id,
  });
  return (
    <nav className="library" aria-labelledby="library-title">
      <div className="library-header">
        <h2 id="library-title">Releases</h2>
        <div className="library-actions">
          <button type="button" className="button" onClick={onImport} {...shortcutProps('import')}>
            Import…
          </button>
          <button type="button" className="button button--primary" onClick={onNew} {...shortcutProps('new-release')}>
            New release
          </button>
        </div>
      </div>
      {filters}
      {found && (
        <p className="library-count" role="status">
          {releases.length} of {total} releases
        </p>
      )}
      {releases.length === 0 ? (
        <p className="library-empty">
          {found
            ? 'No release matches. Try fewer words or other filters.'
            : `No releases yet. Create your first one with ${shortcutTitle('new-release', 'New release')}.`}
        </p>
      ) : (
        <div className="library-scroll" ref={scroller}>
          <ul
            className="library-list"
            onKeyDown={(event) => moveFocus(event, releases.length, virtualizer.scrollToIndex)}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((row) => {
              const release = releases[row.index]!;
              return (
                <li
                  key={release.id}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  aria-setsize={releases.length}
                  aria-posinset={row.index + 1}
                  className="library-row"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <button
                    type="button"
                    className="library-item"
                    aria-current={release.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(release.id)}
                  >
                    <span className="library-item-title">
                      {highlight(release.headline || 'Untitled release', found?.get(release.id)?.terms ?? [])}
                    </span>
                    <span className="library-item-badges">
                      <span className={`state-badge state-badge--${release.state}`}>{STATE_LABELS[release.state]}</span>
                      {embargoedNow(release) && <span className="state-badge state-badge--embargoed">Embargoed</span>}
                    </span>
                    {found?.get(release.id)?.snippet && (
                      <span className="library-item-snippet">
                        {highlight(found.get(release.id)!.snippet!, found.get(release.id)!.terms)}
                      </span>
                    )}
                    <span className="library-item-meta">
                      {RELEASE_TYPE_LABELS[release.type]}
                      {release.date && ` · ${formatReleaseDate(release.date, 'en')}`} · edited{' '}
                      <time dateTime={release.updatedAt}>{updated.format(new Date(release.updatedAt))}</time>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div className="library-footer">
        <button type="button" className="button button--quiet" onClick={onSettings} {...shortcutProps('settings')}>
          Settings
        </button>
      </div>
    </nav>
  );
}
