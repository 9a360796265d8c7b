import { useState } from 'react';
import { Modal } from '../common/Modal';
import { LANGUAGES, LANGUAGE_LABELS, type Language } from '../../../../common/model/vocab';
import type { Preferences } from '../../../../common/model/settings';
import { useAppData } from '../../app/AppData';
import { listsToText, OutputFields, textToLists } from './OutputFields';

type ListKey = keyof Preferences['taxonomyAdditions'];
const LISTS: { key: ListKey; label: string }[] = [
  { key: 'issuers', label: 'Issuers' },
  { key: 'fieldsOfWork', label: 'Fields of work' },
  { key: 'countries', label: 'Countries' },
  { key: 'meetingTypes', label: 'Meeting and conference types' },
];

const lines = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
];

interface NumberFieldProps {
  label: string;
  min: number;
  max: number;
  value: number;
  onChange(value: number): void;
}

function NumberField({ label, min, max, value, onChange }: NumberFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input type="number" min={min} max={max} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

/** The user's name, house-style limits, backups kept, boilerplate per language and additions to the lists. */
export function SettingsDialog({ onSaved, onClose }: { onSaved(preferences: Preferences): void; onClose(): void }) {
  const { api, preferences } = useAppData();
  const [draft, setDraft] = useState(preferences);
  const [language, setLanguage] = useState<Language>('en');
  const [lists, setLists] = useState(
    () =>
      Object.fromEntries(LISTS.map(({ key }) => [key, preferences.taxonomyAdditions[key].join('\n')])) as Record<
        ListKey,
        string
      >,
  );
  const [error, setError] = useState('');
  const [mailLists, setMailLists] = useState(() => listsToText(preferences.output.distributionLists));

  const save = async () => {
    try {
      const taxonomyAdditions = Object.fromEntries(
        LISTS.map(({ key }) => [key, lines(lists[key])]),
      ) as Preferences['taxonomyAdditions'];
      const output = {
        ...draft.output,
        mailFrom: draft.output.mailFrom.trim(),
        distributionLists: textToLists(mailLists),
      };
      onSaved(await api.settings.update({ ...draft, taxonomyAdditions, output }));
      onClose();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const limit = (key: keyof Preferences['style'], value: number) =>
    setDraft({ ...draft, style: { ...draft.style, [key]: value } });

  return (
    <Modal
      title="Settings"
      size="wide"
      onCancel={onClose}
      onSubmit={() => void save()}
      buttons={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save settings
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Your name (recorded when you approve a release)</span>
        <input autoFocus value={draft.userName} onChange={(e) => setDraft({ ...draft, userName: e.target.value })} />
      </label>
      <div className="field-row">
        <NumberField
          label="Longest headline (characters)"
          min={20}
          max={1000}
          value={draft.style.headlineMax}
          onChange={(value) => limit('headlineMax', value)}
        />
        <NumberField
          label="Longest lead (characters)"
          min={50}
          max={5000}
          value={draft.style.leadMax}
          onChange={(value) => limit('leadMax', value)}
        />
        <NumberField
          label="Daily backups to keep"
          min={1}
          max={365}
          value={draft.backups.keep}
          onChange={(value) => setDraft({ ...draft, backups: { keep: value } })}
        />
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Boilerplate for</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">“About” text new {LANGUAGE_LABELS[language]} releases start with</span>
        <textarea
          rows={4}
          lang={language}
          value={draft.boilerplates[language] ?? ''}
          onChange={(e) => setDraft({ ...draft, boilerplates: { ...draft.boilerplates, [language]: e.target.value } })}
        />
      </label>
      <fieldset className="settings-lists">
        <legend className="field-label">Your additions to the lists (one per line)</legend>
        {LISTS.map(({ key, label }) => (
          <label className="field" key={key}>
            <span className="field-label">{label}</span>
            <textarea rows={3} value={lists[key]} onChange={(e) => setLists({ ...lists, [key]: e.target.value })} />
          </label>
        ))}
      </fieldset>
      <OutputFields
        value={draft.output}
        lists={mailLists}
        onChange={(output) => setDraft({ ...draft, output })}
        onListsChange={setMailLists}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
