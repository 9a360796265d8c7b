import { useState } from 'react';
import type { Embargo } from '../../../../common/model/release';
import type { Language } from '../../../../common/model/vocab';
import { usePainted } from '../common/usePainted';
import { DateField } from './DateField';

interface Props {
  value: Embargo | null;
  /** The release's language: the embargo's date is typed and shown as it writes dates. */
  language: Language;
  onChange(value: Embargo | null): void;
  /** Another form on screen (the import review) gives its own, so no id is used twice. */
  idPrefix?: string;
}

const TIME_ZONES: string[] = Intl.supportedValuesOf('timeZone');
/** Where the organisation's Secretariat sits: the likeliest zone for an embargo. */
const DEFAULT_ZONE = 'Europe/Vienna';

/** "Embargoed until": off, or a date, a time and a time zone. */
export function EmbargoField({ value, language, onChange, idPrefix = 'field' }: Props) {
  // The ~420 zones are most of an embargoed release's form: they are added just after it is shown,
  // or at once if the list is reached sooner.
  const painted = usePainted();
  const [wanted, setWanted] = useState(false);
  const zones = painted || wanted ? TIME_ZONES : TIME_ZONES.filter((zone) => zone === value?.timeZone);
  return (
    <fieldset className="embargo" id={`${idPrefix}-embargo`}>
      <legend className="field-label">Embargo</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(event) =>
            onChange(event.target.checked ? { date: '', time: '09:00', timeZone: DEFAULT_ZONE } : null)
          }
        />
        Embargoed until a set time
      </label>
      {value && (
        <div className="field-row field-row--top">
          <DateField
            id={`${idPrefix}-embargo-date`}
            label="Date"
            value={value.date}
            language={language}
            onChange={(date) => onChange({ ...value, date })}
          />
          <label className="field">
            <span className="field-label">Time</span>
            <input
              type="time"
              value={value.time}
              onChange={(event) => onChange({ ...value, time: event.target.value || '00:00' })}
            />
          </label>
          <label className="field field--wide">
            <span className="field-label">Time zone</span>
            <select
              value={value.timeZone}
              onChange={(event) => onChange({ ...value, timeZone: event.target.value })}
              onFocus={() => setWanted(true)}
              onPointerDown={() => setWanted(true)}
            >
              {!TIME_ZONES.includes(value.timeZone) && <option value={value.timeZone}>{value.timeZone}</option>}
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </fieldset>
  );
}
