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
import { Modal } from '../common/Modal';
import { DateField } from '../fields/DateField';
import { SourceLines } from './SourceLines';

type Reviewable = Extract<ImportProposal, { ok: true }>;

interface Props {
  proposal: Reviewable;
  /** "1 of 3" when several files are imported at once. */
  position: string;
  refused: Extract<ImportProposal, { ok: false }>[];
  onCreate(content: ReleaseContent): void;
  onSkip(): void;
  onCancel(): void;
}

const list = (values: string[]) => values.join(', ');
const unlist = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

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
export function ImportReview({ proposal, position, refused, onCreate, onSkip, onCancel }: Props) {
  const [content, setContent] = useState<ReleaseContent>(proposal.content);
  const set = (patch: Partial<ReleaseContent>) => setContent((current) => ({ ...current, ...patch }));
  const { report } = proposal;
  const paragraphs = content.body.content.length;
  const text = (label: string, field: 'headline' | 'subheading' | 'place', hint?: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input value={content[field]} placeholder={hint} onChange={(event) => set({ [field]: event.target.value })} />
    </label>
  );
  return (
    <Modal
      title={`Review the import${position ? ` (${position})` : ''}: ${proposal.name}`}
      description={`Read as ${report.readAs}. Correct any field, then create the draft; the body can be edited once it is made.`}
      size="import"
      onCancel={onCancel}
      onSubmit={() => onCreate(content)}
      buttons={
        <>
          <button type="button" className="button" onClick={onCancel}>
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
          <label className="field">
            <span className="field-label">Issued by (comma-separated)</span>
            <input value={list(content.issuers)} onChange={(event) => set({ issuers: unlist(event.target.value) })} />
          </label>
          <label className="field">
            <span className="field-label">Fields of work (comma-separated)</span>
            <input
              value={list(content.fieldsOfWork)}
              onChange={(event) => set({ fieldsOfWork: unlist(event.target.value) })}
            />
          </label>
          <p className="import-summary">
            {content.embargo
              ? `Embargoed until ${content.embargo.date} ${content.embargo.time} (${content.embargo.timeZone}). `
              : ''}
            Body: {paragraphs} {paragraphs === 1 ? 'block' : 'blocks'}, {quoteCount(content)} quotes.{' '}
            {content.speakers.length > 0 &&
              `Speakers: ${content.speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name || 'unnamed')).join('; ')}.`}{' '}
            {content.mediaContacts.length > 0 &&
              `Media contacts: ${content.mediaContacts.map((c) => c.name || c.email).join('; ')}.`}
          </p>
        </section>
        <SourceLines source={proposal.source} report={report} />
      </div>
    </Modal>
  );
}
