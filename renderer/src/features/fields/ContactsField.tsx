import type { MediaContact } from '../../../../common/model/release';

const EMPTY: MediaContact = { name: '', role: '', email: '', phone: '' };
const COLUMNS: { key: keyof MediaContact; label: string; type: string }[] = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'role', label: 'Role', type: 'text' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
];

/** Who journalists call: name, role, email and phone for each contact. */
export function ContactsField({
  value,
  onChange,
  idPrefix = 'field',
}: {
  value: MediaContact[];
  onChange(value: MediaContact[]): void;
  /** Another form on screen (the import review) gives its own, so no id is used twice. */
  idPrefix?: string;
}) {
  return (
    <fieldset className="repeat" id={`${idPrefix}-mediaContacts`}>
      <legend className="field-label">Media contacts</legend>
      {value.map((contact, index) => (
        <div className="repeat-row" key={index} role="group" aria-label={`Media contact ${index + 1}`}>
          {COLUMNS.map(({ key, label, type }) => (
            <label className="field" key={key}>
              <span className="field-label">{label}</span>
              <input
                type={type}
                value={contact[key]}
                onChange={(event) =>
                  onChange(value.map((c, i) => (i === index ? { ...c, [key]: event.target.value } : c)))
                }
              />
            </label>
          ))}
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove media contact ${contact.name || index + 1}`}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...value, { ...EMPTY }])}>
        Add media contact
      </button>
    </fieldset>
  );
}
