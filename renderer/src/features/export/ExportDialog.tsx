import { useState } from 'react';
import { Modal } from '../common/Modal';
import type { FileFormat } from '../../../../preload/contract';

interface Props {
  /** What is exported: one release by headline, or every release. */
  title: string;
  confirmLabel: string;
  onExport(formats: FileFormat[], option: boolean): void;
  onClose(): void;
  /** A statement the press officer must tick first, such as publishing before an embargo lifts. */
  confirmation?: string;
  /** Shown above the formats, e.g. that drafts carry a DRAFT banner. */
  note?: string;
  /** A choice passed to onExport, such as including releases not yet approved. */
  option?: string;
  /** Why nothing would be written unless the option is ticked: shown, and the button waits for the option. */
  nothing?: string;
  /** The formats ticked at first, e.g. the office's publication formats. */
  initial?: FileFormat[];
}

const FORMATS: { id: FileFormat; label: string; hint: string }[] = [
  { id: 'html', label: 'Web page (HTML)', hint: 'A standalone page, ready to publish or print.' },
  { id: 'md', label: 'Markdown', hint: 'For Hugo, Eleventy and other site generators.' },
  { id: 'pdf', label: 'PDF', hint: 'For approvers and print: marked DRAFT until approved, with its fingerprint.' },
  { id: 'docx', label: 'Word (.docx)', hint: 'For comments and changes in Word, with named styles.' },
  { id: 'eml', label: 'E-mail (.eml)', hint: 'A draft to send from the mail program, lists in Bcc.' },
  { id: 'ninjs', label: 'NINJS', hint: 'IPTC’s JSON for news agencies and content systems.' },
];

/** The office's publication formats (Settings) that a press officer can choose here. */
export function publicationFormats(formats: readonly string[]): FileFormat[] {
  return FORMATS.map((f) => f.id).filter((id) => formats.includes(id));
}

/** Which formats to export; where to is asked next, by the system's own dialog. */
export function ExportDialog(props: Props) {
  const { title, confirmLabel, onExport, onClose, confirmation, note, option, nothing, initial } = props;
  const [chosen, setChosen] = useState<FileFormat[]>(initial?.length ? initial : ['html']);
  const [confirmed, setConfirmed] = useState(false);
  const [optionOn, setOptionOn] = useState(false);
  const ready = chosen.length > 0 && (!confirmation || confirmed) && (!nothing || optionOn);
  const toggle = (format: FileFormat, on: boolean) =>
    setChosen((list) => FORMATS.map((f) => f.id).filter((id) => (id === format ? on : list.includes(id))));
  return (
    <Modal
      title={title}
      onCancel={onClose}
      onSubmit={() => ready && onExport(chosen, optionOn)}
      buttons={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!ready}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {note && <p className="hint">{note}</p>}
      {nothing && (
        <p className="export-nothing" role="status">
          {nothing}
        </p>
      )}
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
      {option && (
        <label className="checkbox">
          <input type="checkbox" checked={optionOn} onChange={(event) => setOptionOn(event.target.checked)} />
          {option}
        </label>
      )}
      {confirmation && (
        <label className="checkbox checkbox--warning">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          {confirmation}
        </label>
      )}
      {chosen.length === 0 && (
        <p className="field-error" role="alert">
          Choose at least one format.
        </p>
      )}
    </Modal>
  );
}
