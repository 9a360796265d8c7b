import { memo, useCallback, type Ref } from 'react';
import { countryLabel } from '../../../../common/taxonomy';
import {
  LANGUAGES,
  LANGUAGE_LABELS,
  RELEASE_TYPES,
  RELEASE_TYPE_LABELS,
  type Language,
  type ReleaseType,
} from '../../../../common/model/vocab';
import type { Doc } from '../../../../common/model/doc';
import type { ReleaseContent } from '../../../../common/model/release';
import { useAppData } from '../../app/AppData';
import { BodyEditor, type BodyHandle } from '../body/BodyEditor';
import { ContactsField } from './ContactsField';
import { DateField } from './DateField';
import { DatelinePreview } from './DatelinePreview';
import { EmbargoField } from './EmbargoField';
import { MultiPicker } from './MultiPicker';
import { SpeakersField } from './SpeakersField';

/** Every field but the body, which Tiptap holds. */
export type Fields = Omit<ReleaseContent, 'body'>;

interface Props {
  fields: Fields;
  initialBody: Doc;
  onFields(patch: Partial<Fields>): void;
  onBodyChange(): void;
  onBodyClose(doc: Doc): void;
  body: Ref<BodyHandle>;
}

/** The structured release: what a press officer fills in, in the order they usually do. */
export const ReleaseForm = memo(function ReleaseForm(props: Props) {
  const { fields, initialBody, onFields, onBodyChange, onBodyClose, body } = props;
  const { lists, taxonomies } = useAppData();
  const text = (key: keyof Fields) => ({
    id: `field-${key}`,
    value: fields[key] as string,
    onChange: (event: { target: { value: string } }) => onFields({ [key]: event.target.value }),
  });
  const showCountry = useCallback(
    (country: string) => countryLabel(taxonomies, country, fields.date),
    [taxonomies, fields.date],
  );

  return (
    <div className="release-form">
      <div className="field-row field-row--top">
        <label className="field">
          <span className="field-label">Type</span>
          <select {...text('type')} onChange={(e) => onFields({ type: e.target.value as ReleaseType })}>
            {RELEASE_TYPES.map((type) => (
              <option key={type} value={type}>
                {RELEASE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Language</span>
          <select {...text('language')} onChange={(e) => onFields({ language: e.target.value as Language })}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_LABELS[language]}
              </option>
            ))}
          </select>
        </label>
        <DateField
          id="field-date"
          label="Date"
          value={fields.date}
          language={fields.language}
          onChange={(date) => onFields({ date })}
        />
        <label className="field field--wide">
          <span className="field-label">Place</span>
          <input {...text('place')} placeholder="Sarajevo" autoComplete="off" />
        </label>
      </div>
      <DatelinePreview type={fields.type} place={fields.place} date={fields.date} language={fields.language} />

      <label className="field-label" htmlFor="field-headline">
        Headline
      </label>
      <textarea
        id="field-headline"
        className="headline-input"
        rows={2}
        value={fields.headline}
        placeholder="What happened, in one line"
        onChange={(event) => onFields({ headline: event.target.value.replace(/\s*\n+\s*/g, ' ') })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            document.getElementById('field-subheading')?.focus();
          }
        }}
      />
      <label className="field">
        <span className="field-label">Subheading (optional)</span>
        <input {...text('subheading')} />
      </label>
      <label className="field">
        <span className="field-label">Lead</span>
        <textarea {...text('lead')} rows={3} placeholder="The summary shown above the body" />
      </label>

      <span className="field-label" id="body-label">
        Body
      </span>
      <BodyEditor
        initial={initialBody}
        labelledBy="body-label"
        speakers={fields.speakers}
        language={fields.language}
        onSpeakersChange={(speakers) => onFields({ speakers })}
        onChange={onBodyChange}
        onClose={onBodyClose}
        handle={body}
      />
      <SpeakersField value={fields.speakers} onChange={(speakers) => onFields({ speakers })} />

      <h2 className="form-section">Publication details</h2>
      <div id="field-issuers">
        <MultiPicker
          id="picker-issuers"
          label="Issued by"
          options={lists.issuers}
          value={fields.issuers}
          allowFree
          onChange={(issuers) => onFields({ issuers })}
        />
      </div>
      <div id="field-fieldsOfWork">
        <MultiPicker
          id="picker-fieldsOfWork"
          label="Fields of work"
          options={lists.fieldsOfWork}
          value={fields.fieldsOfWork}
          onChange={(fieldsOfWork) => onFields({ fieldsOfWork })}
        />
      </div>
      <div id="field-countries">
        <MultiPicker
          id="picker-countries"
          label="Countries"
          options={lists.countries}
          value={fields.countries}
          display={showCountry}
          onChange={(countries) => onFields({ countries })}
        />
      </div>
      <label className="field">
        <span className="field-label">Meeting or conference</span>
        <select {...text('meetingType')}>
          <option value="">None</option>
          {fields.meetingType && !lists.meetingTypes.includes(fields.meetingType) && (
            <option value={fields.meetingType}>{fields.meetingType}</option>
          )}
          {lists.meetingTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <EmbargoField value={fields.embargo} language={fields.language} onChange={(embargo) => onFields({ embargo })} />

      <h2 className="form-section">For editors</h2>
      <label className="field">
        <span className="field-label">Notes to editors</span>
        <textarea {...text('notesToEditors')} rows={3} />
      </label>
      <ContactsField value={fields.mediaContacts} onChange={(mediaContacts) => onFields({ mediaContacts })} />
      <label className="field">
        <span className="field-label">About (boilerplate)</span>
        <textarea {...text('boilerplate')} rows={4} />
      </label>
    </div>
  );
});
