import type { DistributionList, OutputSettings } from '../../../../common/model/settings';
import { FILE_FORMATS, type FileFormat } from '../../../../preload/contract';

const FORMAT_LABELS: Record<FileFormat, string> = {
  html: 'Web page (HTML)',
  md: 'Markdown',
  pdf: 'PDF',
  docx: 'Word',
  eml: 'E-mail',
  ninjs: 'NINJS',
};

/** "Balkans desk: desk@paper.example, Zoë Müller <zoe@paper.example>", one list per line. */
export function listsToText(lists: DistributionList[]): string {
  return lists.map((list) => `${list.name}: ${list.addresses.join(', ')}`).join('\n');
}

export function textToLists(text: string): DistributionList[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon).trim() : line;
      const rest = colon > 0 ? line.slice(colon + 1) : '';
      return {
        name,
        addresses: rest
          .split(/[,;]/)
          .map((address) => address.trim())
          .filter(Boolean),
      };
    });
}

interface Props {
  value: OutputSettings;
  lists: string;
  onChange(value: OutputSettings): void;
  onListsChange(text: string): void;
}

/** How releases leave the office: paper, what a publication writes, the sender and the lists for e-mail. */
export function OutputFields({ value, lists, onChange, onListsChange }: Props) {
  const toggle = (format: FileFormat, on: boolean) =>
    onChange({
      ...value,
      publicationFormats: FILE_FORMATS.filter((f) => (f === format ? on : value.publicationFormats.includes(f))),
    });
  return (
    <fieldset className="settings-output">
      <legend className="field-label">Export, publication and e-mail</legend>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Paper for PDF and Word</span>
          <select
            value={value.paper}
            onChange={(e) => onChange({ ...value, paper: e.target.value as OutputSettings['paper'] })}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <label className="field field--wide">
          <span className="field-label">E-mails are from (optional)</span>
          <input
            type="text"
            placeholder="Press Office <press@example.org>"
            value={value.mailFrom}
            onChange={(e) => onChange({ ...value, mailFrom: e.target.value })}
          />
        </label>
      </div>
      <fieldset>
        <legend className="field-label">Publish writes</legend>
        {FILE_FORMATS.map((format) => (
          <label className="checkbox" key={format}>
            <input
              type="checkbox"
              checked={value.publicationFormats.includes(format)}
              onChange={(e) => toggle(format, e.target.checked)}
            />
            {FORMAT_LABELS[format]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">
          Distribution lists, one per line: name, a colon, then addresses (all go in Bcc)
        </span>
        <textarea
          rows={3}
          placeholder="Balkans desk: desk@paper.example, Zoë Müller <zoe@paper.example>"
          value={lists}
          onChange={(e) => onListsChange(e.target.value)}
        />
      </label>
    </fieldset>
  );
}
