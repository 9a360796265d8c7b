import type { KeyboardEvent, ReactNode } from 'react';
import { highlight } from './highlight';
import { formatReleaseDate } from '../../../../common/dateline';
import { RELEASE_TYPE_LABELS } from '../../../../common/vocab';
import { STATE_LABELS, isEmbargoed } from '../../../../common/workflow';
import type { ReleaseSummary } from '../../../../main/core/model/release';

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
  onSettings(): void;
}

/** Arrow keys move between releases, as in a native list. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (!step && event.key !== 'Home' && event.key !== 'End') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : Math.min(Math.max(current + step, 0), buttons.length - 1);
  event.preventDefault();
  buttons[next]?.focus();
}

/** The library: every release, newest change first. */
export function ReleaseList({ releases, found, total, filters, selectedId, onSelect, onNew, onSettings }: Props) {
  const now = new Date();
  return (
    <nav className="library" aria-labelledby="library-title">
      <div className="library-header">
        <h2 id="library-title">Releases</h2>
        <button type="button" className="button button--primary" onClick={onNew} aria-keyshortcuts="Control+N Meta+N">
          New release
        </button>
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
            : 'No releases yet. Create your first one with New release (Ctrl+N).'}
        </p>
      ) : (
        <ul className="library-list" onKeyDown={moveFocus}>
          {releases.map((release) => (
            <li key={release.id}>
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
                  {isEmbargoed(release, now) && <span className="state-badge state-badge--embargoed">Embargoed</span>}
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
          ))}
        </ul>
      )}
      <div className="library-footer">
        <button
          type="button"
          className="button button--quiet"
          onClick={onSettings}
          aria-keyshortcuts="Control+, Meta+,"
        >
          Settings
        </button>
      </div>
    </nav>
  );
}
