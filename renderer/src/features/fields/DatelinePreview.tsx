import { formatDateline } from '../../../../common/model/dateline';
import { carriesDateline, type Language, type ReleaseType } from '../../../../common/model/vocab';

/** The dateline as it will open the body, or why there is none. */
export function DatelinePreview({
  type,
  place,
  date,
  language,
}: {
  type: ReleaseType;
  place: string;
  date: string;
  language: Language;
}) {
  if (!carriesDateline(type)) {
    return <p className="dateline-preview dateline-preview--none">This type is published without a dateline.</p>;
  }
  const dateline = formatDateline(place, date, language);
  return (
    <p className="dateline-preview" aria-live="polite">
      <span className="dateline-preview-label">Dateline: </span>
      {dateline ? <strong data-testid="dateline">{dateline}</strong> : <em>add a place and a date</em>}
    </p>
  );
}
