import { memo } from 'react';
import type { Finding, textStats } from '../../../../common/checks';

interface Props {
  findings: Finding[];
  stats: ReturnType<typeof textStats>;
  onGo(finding: Finding): void;
}

/** House-style findings beside the editor; each one jumps to its place. */
export const ChecksPanel = memo(function ChecksPanel({ findings, stats, onGo }: Props) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="checks" aria-labelledby="checks-title" tabIndex={-1}>
      <h2 id="checks-title">Checks</h2>
      <p className="checks-summary" role="status">
        {findings.length === 0
          ? 'No house-style problems.'
          : `${errors} to fix, ${findings.length - errors} to review.`}
      </p>
      {findings.length > 0 && (
        <ul className="checks-list">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${index}`}>
              <button type="button" className={`finding finding--${finding.severity}`} onClick={() => onGo(finding)}>
                <span className="finding-severity">{finding.severity === 'error' ? 'Fix' : 'Review'}</span>
                <span>{finding.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <dl className="stats">
        <div>
          <dt>Words</dt>
          <dd data-testid="stat-words">{stats.words.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Characters</dt>
          <dd>{stats.characters.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Reading time</dt>
          <dd>{stats.readingMinutes} min</dd>
        </div>
      </dl>
    </section>
  );
});
