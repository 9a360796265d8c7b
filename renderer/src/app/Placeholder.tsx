import type { ReleaseSummary } from '../../../common/model/release';

/** What the workspace shows with no release open: a welcome on an empty library. */
export function Placeholder({
  releases,
  onNew,
  onAddSamples,
}: {
  releases: ReleaseSummary[] | null;
  onNew(): void;
  onAddSamples(): void;
}) {
  return (
    <section className="placeholder" aria-label="No release open">
      <h1>
        {releases === null ? 'Opening your releases…' : releases.length ? 'Choose a release' : 'Welcome to Dateline'}
      </h1>
      {releases !== null && (
        <p>
          {releases.length
            ? 'Pick a release from the library, or start a new one.'
            : 'Draft your first press release: it is saved as you type.'}
        </p>
      )}
      {releases !== null && (
        <div className="placeholder-actions">
          <button type="button" className="button button--primary" onClick={onNew}>
            New release
          </button>
          {releases.length === 0 && (
            <button type="button" className="button" onClick={onAddSamples}>
              Add the sample releases
            </button>
          )}
        </div>
      )}
    </section>
  );
}
