import type { ReleaseContent } from '../../../../common/model/release';
import { ContactsField } from '../fields/ContactsField';
import { EmbargoField } from '../fields/EmbargoField';
import { SpeakersField } from '../fields/SpeakersField';

interface Props {
  content: ReleaseContent;
  set(patch: Partial<ReleaseContent>): void;
}

const list = (values: string[]) => values.join(', ');
/** Commas separate the entries of a list box; blanks are dropped. */
export const unlist = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

export function ListField({ label, value, onChange }: { label: string; value: string[]; onChange(v: string[]): void }) {
  return (
    <label className="field">
      <span className="field-label">{label} (comma-separated)</span>
      <input value={list(value)} onChange={(event) => onChange(unlist(event.target.value))} />
    </label>
  );
}

/**
 * The rest of the release the importer proposed, each as the editor's own field: embargo, speakers
 * (whose quotes keep pointing at them), notes to editors, media contacts and boilerplate.
 */
export function ImportMoreFields({ content, set }: Props) {
  return (
    <>
      <ListField label="Countries" value={content.countries} onChange={(countries) => set({ countries })} />
      <EmbargoField
        idPrefix="import"
        value={content.embargo}
        language={content.language}
        onChange={(embargo) => set({ embargo })}
      />
      <SpeakersField idPrefix="import" value={content.speakers} onChange={(speakers) => set({ speakers })} />
      <label className="field">
        <span className="field-label">Notes to editors</span>
        <textarea
          rows={3}
          value={content.notesToEditors}
          onChange={(event) => set({ notesToEditors: event.target.value })}
        />
      </label>
      <ContactsField
        idPrefix="import"
        value={content.mediaContacts}
        onChange={(mediaContacts) => set({ mediaContacts })}
      />
      <label className="field">
        <span className="field-label">Boilerplate</span>
        <textarea rows={3} value={content.boilerplate} onChange={(event) => set({ boilerplate: event.target.value })} />
      </label>
    </>
  );
}
