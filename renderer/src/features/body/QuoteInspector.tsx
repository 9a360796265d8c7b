import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { quoteAt } from '../../../../common/schema/quote/quote';
import type { Attribution, QuoteAttrs, Reference, Speaker } from '../../../../common/quotes';
import { newSpeaker } from '../fields/SpeakersField';

const NEW = '__new__';

const ATTRIBUTIONS: Record<Attribution, string> = {
  after: '“…,” said Name',
  before: 'Name said: “…”',
  inline: 'In my own sentence',
};
const REFERENCES: Record<Reference, string> = {
  auto: 'Full name the first time',
  full: 'Always full name and role',
  short: 'Short name (introduced already)',
};

interface Props {
  editor: Editor;
  speakers: Speaker[];
  onSpeakersChange(speakers: Speaker[]): void;
  /** Bumped to move the focus to the speaker field. */
  focusRequest: number;
}

/** The attributes of the quote the cursor is in; Escape goes back to the text. */
export function QuoteInspector({ editor, speakers, onSpeakersChange, focusRequest }: Props) {
  const attrs = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const found = quoteAt(e.state.doc, e.state.selection.from);
      return found ? (found.node.attrs as QuoteAttrs) : null;
    },
  });
  const speakerSelect = useRef<HTMLSelectElement>(null);
  const [adding, setAdding] = useState<Speaker | null>(null);

  useEffect(() => {
    if (focusRequest > 0) speakerSelect.current?.focus();
  }, [focusRequest]);

  if (!attrs) return null;
  const update = (patch: Partial<QuoteAttrs>) => editor.chain().updateQuote(patch).run();
  const back = () => editor.commands.focus();
  const known = speakers.some((s) => s.id === attrs.speakerId);

  return (
    <div
      className="quote-inspector"
      role="group"
      aria-label="Quote"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          setAdding(null);
          back();
        }
      }}
    >
      <label className="field">
        <span className="field-label">Speaker</span>
        <select
          ref={speakerSelect}
          value={known ? attrs.speakerId : ''}
          aria-invalid={known ? undefined : 'true'}
          onChange={(event) => {
            if (event.target.value === NEW) setAdding(newSpeaker());
            else update({ speakerId: event.target.value });
          }}
        >
          <option value="">Choose a speaker…</option>
          {speakers.map((speaker) => (
            <option key={speaker.id} value={speaker.id}>
              {speaker.name || 'Unnamed speaker'}
              {speaker.role ? `, ${speaker.role}` : ''}
            </option>
          ))}
          <option value={NEW}>New speaker…</option>
        </select>
      </label>
      {adding && (
        <form
          className="quote-new-speaker"
          aria-label="New speaker"
          onSubmit={(event) => {
            event.preventDefault();
            if (!adding.name.trim()) return;
            onSpeakersChange([...speakers, { ...adding, name: adding.name.trim(), role: adding.role.trim() }]);
            update({ speakerId: adding.id });
            setAdding(null);
            speakerSelect.current?.focus();
          }}
        >
          <label className="field">
            <span className="field-label">Full name</span>
            <input
              autoFocus
              required
              value={adding.name}
              onChange={(e) => setAdding({ ...adding, name: e.target.value })}
            />
          </label>
          <label className="field">
            <span className="field-label">Role</span>
            <input value={adding.role} onChange={(e) => setAdding({ ...adding, role: e.target.value })} />
          </label>
          <button type="submit" className="button">
            Add speaker
          </button>
        </form>
      )}
      <label className="field">
        <span className="field-label">Attribution</span>
        <select value={attrs.attribution} onChange={(e) => update({ attribution: e.target.value as Attribution })}>
          {Object.entries(ATTRIBUTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Name as</span>
        <select value={attrs.reference} onChange={(e) => update({ reference: e.target.value as Reference })}>
          {Object.entries(REFERENCES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Verb</span>
        <input value={attrs.verb} placeholder="said" size={10} onChange={(e) => update({ verb: e.target.value })} />
      </label>
      <button type="button" className="button button--quiet" onClick={back}>
        Back to text
      </button>
    </div>
  );
}
