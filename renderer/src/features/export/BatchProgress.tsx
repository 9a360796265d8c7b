import type { ExportProgress } from '../../../../preload/contract';

/** A batch export under way, or how it ended. */
export function BatchProgress({
  event,
  publishing = false,
  onCancel,
  onClose,
}: {
  event: ExportProgress;
  publishing?: boolean;
  onCancel(): void;
  onClose(): void;
}) {
  const running = event.state === 'running';
  const [doing, did, noun] = publishing
    ? ['Publishing', 'Published', 'Publication']
    : ['Exporting', 'Exported', 'Export'];
  const message =
    event.state === 'running'
      ? `${doing} ${event.done + 1} of ${event.total}: ${event.current || 'Untitled release'}`
      : event.state === 'finished'
        ? `${did} ${event.total} release${event.total === 1 ? '' : 's'} to ${event.folder}. The list is in ${event.index}.`
        : event.state === 'cancelled'
          ? `${noun} cancelled after ${event.done} of ${event.total} releases.`
          : `The ${noun.toLowerCase()} stopped: ${event.message}`;
  return (
    <div
      className={`progress-toast progress-toast--${event.state}`}
      role={event.state === 'failed' ? 'alert' : 'status'}
    >
      <p>{message}</p>
      {running && (
        <progress max={event.total} value={event.done} aria-label="Export progress">
          {event.done} of {event.total}
        </progress>
      )}
      <button type="button" className="button" onClick={running ? onCancel : onClose}>
        {running ? 'Cancel export' : 'Close'}
      </button>
    </div>
  );
}
