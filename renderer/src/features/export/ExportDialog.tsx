import { useEffect, useRef, useState } from 'react';
import type { FileFormat } from '../../../../preload/contract';

interface Props {
  /** What is exported: one release by headline, or every release. */
  title: string;
  confirmLabel: string;
  onExport(formats: FileFormat[]): void;
  onClose(): void;
}

const FORMATS: { id: FileFormat; label: string; hint: string }[] = [
  { id: 'html', label: 'Web page (HTML)', hint: 'A standalone page, ready to publish or print.' },
  { id: 'md', label: 'Markdown', hint: 'For Hugo, Eleventy and other site generators.' },
];

/** Which formats to export; where to is asked next, by the system's own dialog. */
export function ExportDialog({ title, confirmLabel, onExport, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<FileFormat[]>(['html']);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const toggle = (format: FileFormat, on: boolean) =>
    setChosen((list) => (on ? [...list, format] : list.filter((f) => f !== format)).sort());
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="export-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen.length > 0) onExport(chosen);
        }}
      >
        <h2 id="export-title">{title}</h2>
        <fieldset>
          <legend className="field-label">Formats</legend>
          {FORMATS.map((format, index) => (
            <label key={format.id} className="checkbox checkbox--described">
              <input
                type="checkbox"
                autoFocus={index === 0}
                checked={chosen.includes(format.id)}
                onChange={(event) => toggle(format.id, event.target.checked)}
              />
              <span>
                {format.label}
                <span className="hint"> {format.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {chosen.length === 0 && (
          <p className="field-error" role="alert">
            Choose at least one format.
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={chosen.length === 0}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
