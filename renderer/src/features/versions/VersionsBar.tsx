import { useState } from 'react';
import { LANGUAGES, LANGUAGE_LABELS, type Language } from '../../../../common/model/vocab';
import { STATE_LABELS } from '../../../../common/model/stateMachine';
import type { ReleaseSummary } from '../../../../common/model/release';

interface Props {
  currentId: string;
  /** Every language version of this release, this one included. */
  family: ReleaseSummary[];
  onOpen(id: string): void;
  onTranslate(language: Language): void;
  onDuplicate(): void;
}

/** The release's language versions, each with its own state, and making another one. */
export function VersionsBar({ currentId, family, onOpen, onTranslate, onDuplicate }: Props) {
  const have = new Set(family.map((r) => r.language));
  const missing = LANGUAGES.filter((language) => !have.has(language));
  return (
    <div className="versions" role="group" aria-label="Language versions">
      <span className="field-label">Versions</span>
      <ul className="versions-list">
        {family
          .slice()
          .sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language))
          .map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className="version"
                aria-current={version.id === currentId ? 'true' : undefined}
                title={`${LANGUAGE_LABELS[version.language]} – ${STATE_LABELS[version.state]}`}
                onClick={() => version.id !== currentId && onOpen(version.id)}
              >
                {version.language.toUpperCase()} <span className="hint">{STATE_LABELS[version.state]}</span>
              </button>
            </li>
          ))}
      </ul>
      {missing.length > 0 && <AddVersion missing={missing} onTranslate={onTranslate} />}
      <button type="button" className="button button--quiet" onClick={onDuplicate}>
        Duplicate
      </button>
    </div>
  );
}

/** Choosing a language only chooses it: the version is made by the button, never by the select's change. */
function AddVersion({ missing, onTranslate }: { missing: Language[]; onTranslate(language: Language): void }) {
  const [chosen, setChosen] = useState<Language | ''>('');
  const language = chosen && missing.includes(chosen) ? chosen : '';
  return (
    <span className="versions-add">
      <select
        aria-label="Add a language version"
        value={language}
        onChange={(event) => setChosen(event.target.value as Language | '')}
      >
        <option value="">Add a language version…</option>
        {missing.map((one) => (
          <option key={one} value={one} lang={one}>
            {LANGUAGE_LABELS[one]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--quiet"
        disabled={!language}
        onClick={() => language && onTranslate(language)}
      >
        Add version
      </button>
    </span>
  );
}
