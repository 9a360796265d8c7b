import type { ImportReport } from '../../../../common/model/importReport';

const FIELD_NAMES: Record<string, string> = {
  type: 'type',
  headline: 'headline',
  subheading: 'subheading',
  lead: 'lead',
  date: 'date',
  place: 'place',
  issuers: 'issued by',
  fieldsOfWork: 'fields of work',
  countries: 'countries',
  embargo: 'embargo',
};

/** What a source line became: fields it gave, or why it was set aside; the rest is the body. */
function markOf(line: string, report: ImportReport): { kind: 'field' | 'aside' | 'body'; label: string } {
  const text = line.trim();
  const fields = [
    ...new Set(
      report.sources.filter((s) => s.text && text.includes(s.text.trim())).map((s) => FIELD_NAMES[s.field] ?? s.field),
    ),
  ];
  if (fields.length > 0) return { kind: 'field', label: fields.join(', ') };
  // A copied page prints its labels as list items ("- Date:"); the report names the label alone.
  const bare = text.replace(/^[-*•]\s+/, '');
  // The whole line first: the menu's "- Fields of work" must not claim the label "- Fields of work:".
  const aside =
    report.setAside.find((entry) => [text, bare].includes(entry.text)) ??
    report.setAside.find(
      (entry) => entry.text.length > 3 && (text.startsWith(entry.text) || bare.startsWith(entry.text)),
    );
  if (aside) return { kind: 'aside', label: `set aside: ${aside.reason}` };
  return { kind: 'body', label: 'body' };
}

/** The text the release was read from, line by line, each marked with where it went; a run set aside for one reason folds into one row. */
export function SourceLines({ source, report }: { source: string; report: ImportReport }) {
  const lines = source.split('\n').filter((line) => line.trim() !== '');
  const rows: { mark: ReturnType<typeof markOf>; lines: string[] }[] = [];
  for (const line of lines) {
    const mark = markOf(line, report);
    const last = rows.at(-1);
    if (last && mark.kind === 'aside' && last.mark.kind === 'aside' && last.mark.label === mark.label)
      last.lines.push(line);
    else rows.push({ mark, lines: [line] });
  }
  return (
    <section className="import-source" aria-label="Source text">
      <h3>Source</h3>
      <ol className="import-lines">
        {rows.map(({ mark, lines: texts }, index) => (
          <li key={index} className={`import-line import-line--${mark.kind}`}>
            <span className="import-line__mark">{mark.label}</span>
            {texts.length === 1 ? (
              <span className="import-line__text">{texts[0]}</span>
            ) : (
              <details>
                <summary>{texts.length} lines</summary>
                {texts.map((text, i) => (
                  <span key={i} className="import-line__text">
                    {text}
                    <br />
                  </span>
                ))}
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
