import { useState } from 'react';
import type { ImportProposal } from '../../../../common/model/importReport';
import type { ReleaseContent } from '../../../../common/model/release';
import {
  LANGUAGE_LABELS,
  LANGUAGES,
  RELEASE_TYPE_LABELS,
  RELEASE_TYPES,
  type Language,
  type ReleaseType,
} from '../../../../common/model/vocab';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Modal } from '../common/Modal';
import { DateField } from '../fields/DateField';
import { ImportMoreFields, ListField } from './ImportMoreFields';
import { SourceLines } from './SourceLines';

type Reviewable = Extract<ImportProposal, { ok: true }>;

interface Props {
  proposal: Reviewable;
  /** "1 of 3" when several files are imported at once. */
  position: string;
  /** Files after this one still to be reviewed: cancelling drops them too. */
  waiting: number;
  refused: Extract<ImportProposal, { ok: false }>[];
  onCreate(content: ReleaseContent): void;
  onSkip(): void;
  onCancel(): void;
}

const plural = (files: number) => (files === 1 ? '1 file not yet reviewed' : `${files} files not yet reviewed`);

function quoteCount(content: ReleaseContent): number {
  let count = 0;
  JSON.stringify(content.body, (key, value: unknown) => {
    if (key === 'type' && value === 'quote') count++;
    return value;
  });
  return count;
}

/**
 * The proposed release beside the text it was read from: every field can be corrected before the
 * draft is made; what went where and what was set aside are marked in the source.
 */
export function ImportReview({ proposal, position, waiting, refused, onCreate, onSkip, onCancel }: Props) {
  const [content, setContent] = useState<ReleaseContent>(proposal.content);
  const [asking, setAsking] = useState(false);
  const corrected = content !== proposal.content;
  // Corrections and files not yet reviewed are work: cancelling them is asked, never silent.
  const cancel = () => (corrected || waiting > 0 ? setAsking(true) : onCancel());
  const set = (patch: Partial<ReleaseContent>) => setContent((current) => ({ ...current, ...patch }));
  const { report } = proposal;
  const paragraphs = content.body.content.length;
  const text = (label: string, field: 'headline' | 'subheading' | 'place', hint?: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input value={content[field]} placeholder={hint} onChange={(event) => set({ [field]: event.target.value })} />
    </label>
  );
  if (asking) {
    const lost = [corrected && `your corrections to ${proposal.name}`, waiting > 0 && plural(waiting)].filter(Boolean);
    return (
      <ConfirmDialog
        title="Cancel the import?"
        message={`You would lose ${lost.join(' and ')}. Nothing has been created from them.`}
        confirmLabel="Cancel import"
        cancelLabel="Go on reviewing"
        onConfirm={onCancel}
        onCancel={() => setAsking(false)}
      />
    );
  }
  return (
    <Modal
      title={`Review the import${position ? ` (${position})` : ''}: ${proposal.name}`}
      description={`Read as ${report.readAs}. Correct any field, then create the draft; the body can be edited once it is made.`}
      size="import"
      onCancel={cancel}
      onSubmit={() => onCreate(content)}
      buttons={
        <>
          <button type="button" className="button" onClick={cancel}>
            Cancel import
          </button>
          {position && (
            <button type="button" className="button" onClick={onSkip}>
              Skip this file
            </button>
          )}
          <button type="submit" className="button button--primary" autoFocus>
            Create draft
          </button>
        </>
      }
    >
      {(report.warnings.length > 0 || refused.length > 0) && (
        <ul className="import-warnings" aria-label="Check these">
          {refused.map((r) => (
            <li key={r.name}>
              {r.name} was not imported: {r.reason}
            </li>
          ))}
          {report.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="import-review">
        <section className="import-fields" aria-label="Proposed release">
          <div className="field-row">
            <label className="field">
              <span className="field-label">Type</span>
              <select value={content.type} onChange={(event) => set({ type: event.target.value as ReleaseType })}>
                {RELEASE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {RELEASE_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">Language</span>
              <select value={content.language} onChange={(event) => set({ language: event.target.value as Language })}>
                {LANGUAGES.map((language) => (
                  <option key={language} value={language}>
                    {LANGUAGE_LABELS[language]}
                  </option>
                ))}
              </select>
            </label>
            <DateField
              id="import-date"
              label="Date"
              value={content.date}
              language={content.language}
              onChange={(date) => set({ date })}
            />
            {text('Place', 'place')}
          </div>
          {text('Headline', 'headline')}
          {text('Subheading', 'subheading')}
          <label className="field">
            <span className="field-label">Lead</span>
            <textarea rows={3} value={content.lead} onChange={(event) => set({ lead: event.target.value })} />
          </label>
          <ListField label="Issued by" value={content.issuers} onChange={(issuers) => set({ issuers })} />
          <ListField
            label="Fields of work"
            value={content.fieldsOfWork}
            onChange={(fieldsOfWork) => set({ fieldsOfWork })}
          />
          <p className="import-summary">
            Body: {paragraphs} {paragraphs === 1 ? 'block' : 'blocks'}, {quoteCount(content)} quotes (the body is edited
            once the draft is made).
          </p>
          <ImportMoreFields content={content} set={set} />
        </section>
        <SourceLines source={proposal.source} report={report} />
      </div>
    </Modal>
  );
}
