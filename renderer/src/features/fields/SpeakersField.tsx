import { defaultShortName } from '../../../../common/quotes';
import type { Speaker } from '../../../../common/model/release';

/** A new speaker with a fresh id. */
export function newSpeaker(name = ''): Speaker {
  return { id: crypto.randomUUID(), name, shortName: '', role: '' };
}

/** The people quoted in the release: full name, the short name later quotes use, and role. */
export function SpeakersField({ value, onChange }: { value: Speaker[]; onChange(value: Speaker[]): void }) {
  const update = (index: number, patch: Partial<Speaker>) =>
    onChange(value.map((speaker, i) => (i === index ? { ...speaker, ...patch } : speaker)));
  return (
    <fieldset className="repeat" id="field-speakers">
      <legend className="field-label">Speakers</legend>
      {value.length === 0 && (
        <p className="hint">Speakers you quote appear here. Add one, or pick “New speaker” when inserting a quote.</p>
      )}
      {value.map((speaker, index) => (
        <div className="repeat-row" key={speaker.id} role="group" aria-label={`Speaker ${index + 1}`}>
          <label className="field field--wide">
            <span className="field-label">Full name</span>
            <input value={speaker.name} onChange={(event) => update(index, { name: event.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">Later as</span>
            <input
              value={speaker.shortName}
              placeholder={defaultShortName(speaker.name)}
              onChange={(event) => update(index, { shortName: event.target.value })}
            />
          </label>
          <label className="field field--wide">
            <span className="field-label">Role</span>
            <input value={speaker.role} onChange={(event) => update(index, { role: event.target.value })} />
          </label>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove speaker ${speaker.name || index + 1}`}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...value, newSpeaker()])}>
        Add speaker
      </button>
    </fieldset>
  );
}
