import { useState, type KeyboardEvent } from 'react';
import { defaultShortName } from '../../../../common/quotes';
import type { Speaker } from '../../../../common/model/release';

/** A new speaker with a fresh id. */
export function newSpeaker(name = ''): Speaker {
  return { id: crypto.randomUUID(), name, shortName: '', role: '' };
}

/** ↑ and ↓ go to the same box of the speaker above or below. */
function moveBetweenRows(event: KeyboardEvent<HTMLDivElement>): void {
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const row = event.currentTarget;
  const column = [...row.querySelectorAll('input, button')].indexOf(event.target as Element);
  const next = (step > 0 ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
  const target = next?.classList.contains('repeat-row')
    ? next.querySelectorAll<HTMLElement>('input, button')[column]
    : null;
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * The people quoted in the release: full name, the short name later quotes use, and role. Only one
 * speaker's boxes are on the Tab path (the last one visited); ↑ and ↓ move between speakers, so a
 * long list is never a long way round.
 */
export function SpeakersField({
  value,
  onChange,
  idPrefix = 'field',
}: {
  value: Speaker[];
  onChange(value: Speaker[]): void;
  /** Another form on screen (the import review) gives its own, so no id is used twice. */
  idPrefix?: string;
}) {
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, Math.max(0, value.length - 1));
  const update = (index: number, patch: Partial<Speaker>) =>
    onChange(value.map((speaker, i) => (i === index ? { ...speaker, ...patch } : speaker)));
  return (
    <fieldset
      className="repeat"
      id={`${idPrefix}-speakers`}
      aria-describedby={value.length > 1 ? `${idPrefix}-speakers-keys` : undefined}
    >
      <legend className="field-label">Speakers</legend>
      {value.length > 1 && (
        <p className="hint" id={`${idPrefix}-speakers-keys`}>
          ↑ and ↓ move between speakers.
        </p>
      )}
      {value.length === 0 && (
        <p className="hint">Speakers you quote appear here. Add one, or pick “New speaker” when inserting a quote.</p>
      )}
      {value.map((speaker, index) => (
        <div
          className="repeat-row"
          key={speaker.id}
          role="group"
          aria-label={`Speaker ${index + 1}`}
          onFocus={() => setCurrent(index)}
          onKeyDown={moveBetweenRows}
        >
          <label className="field field--wide">
            <span className="field-label">Full name</span>
            <input
              tabIndex={index === active ? 0 : -1}
              value={speaker.name}
              onChange={(event) => update(index, { name: event.target.value })}
            />
          </label>
          <label className="field">
            <span className="field-label">Later as</span>
            <input
              tabIndex={index === active ? 0 : -1}
              value={speaker.shortName}
              placeholder={defaultShortName(speaker.name)}
              onChange={(event) => update(index, { shortName: event.target.value })}
            />
          </label>
          <label className="field field--wide">
            <span className="field-label">Role</span>
            <input
              tabIndex={index === active ? 0 : -1}
              value={speaker.role}
              onChange={(event) => update(index, { role: event.target.value })}
            />
          </label>
          <button
            type="button"
            className="button button--quiet"
            tabIndex={index === active ? 0 : -1}
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
