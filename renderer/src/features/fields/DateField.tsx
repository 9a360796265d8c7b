import { useEffect, useRef, useState } from 'react';
import { formatReleaseDate } from '../../../../common/model/dateline';
import { readDateInput } from '../../../../common/model/dateInput';
import type { Language } from '../../../../common/model/vocab';

interface Props {
  id: string;
  label: string;
  /** The stored day, `YYYY-MM-DD`, or ''. */
  value: string;
  language: Language;
  onChange(value: string): void;
}

/**
 * A date typed as the release's language writes it ("20 September 2017", "20.09.2017"), shown with
 * the month's name so no machine's day/month order can mislead. Partial or impossible input stays
 * in the field with a line saying why; a year far from today is stored only once confirmed.
 */
export function DateField({ id, label, value, language, onChange }: Props) {
  const shown = (iso: string) => formatReleaseDate(iso, language) || iso;
  const [text, setText] = useState(() => shown(value));
  const stored = useRef(value);
  const focused = useRef(false);
  const shownIn = useRef(language);

  useEffect(() => {
    // A value changed elsewhere (undo, a restored version) replaces the text.
    if (value !== stored.current) {
      stored.current = value;
      setText(formatReleaseDate(value, language) || value);
      return;
    }
    // Otherwise only a date already read is rewritten (another language, a confirmed year): partial input stays.
    const relanguaged = shownIn.current !== language;
    shownIn.current = language;
    setText((typed) => {
      const read = readDateInput(typed, language);
      const rewrite = (relanguaged || !focused.current) && read.kind === 'date' && read.iso === value;
      return rewrite ? formatReleaseDate(value, language) : typed;
    });
  }, [value, language]);

  const reading = readDateInput(text, language);
  const store = (iso: string) => {
    stored.current = iso;
    onChange(iso);
  };
  const change = (next: string) => {
    setText(next);
    const read = readDateInput(next, language);
    if (read.kind === 'empty' && value !== '') store('');
    if (read.kind === 'date' && read.farYears === 0 && read.iso !== value) store(read.iso);
  };

  const hintId = `${id}-hint`;
  let hint: React.ReactNode = null;
  if (reading.kind === 'partial' || reading.kind === 'impossible') {
    const kept = value ? ` The release keeps ${shown(value)}.` : '';
    hint = <span className={reading.kind === 'impossible' ? 'field-error' : undefined}>{reading.message + kept}</span>;
  } else if (reading.kind === 'date' && reading.farYears > 0 && reading.iso !== value) {
    const year = reading.iso.slice(0, 4);
    hint = (
      <>
        {`${year} is ${reading.farYears} years from today. Is that the year?`}{' '}
        <button type="button" className="button button--quiet button--small" onClick={() => store(reading.iso)}>
          Use {year}
        </button>
      </>
    );
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        value={text}
        placeholder={formatReleaseDate('2017-09-20', language)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={reading.kind === 'impossible' ? true : undefined}
        aria-describedby={hint ? hintId : undefined}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          // Once left, a date that was read shows as it will print.
          if (reading.kind === 'date' && reading.iso === value) setText(shown(value));
        }}
        onChange={(event) => change(event.target.value)}
      />
      <p className="field-hint" id={hintId} aria-live="polite">
        {hint}
      </p>
    </div>
  );
}
