import type { Notice } from '../../../../preload/contract';

/** Messages from start-up, such as a quarantined file, shown until dismissed. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: string): void }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <div>
            <strong>{notice.title}</strong>
            <p>{notice.message}</p>
          </div>
          <button type="button" className="button" onClick={() => onDismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
