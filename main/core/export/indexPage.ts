import { formatReleaseDate } from '../../../common/model/dateline';
import { EXPORT_CSS, escapeHtml } from '../../../common/export/html';
import type { Release } from '../../../common/model/release';

export interface IndexEntry {
  release: Pick<Release, 'headline' | 'date' | 'type' | 'language'>;
  /** File names relative to the index page. */
  files: { label: string; name: string }[];
}

/** The page that lists a batch export, linking every file. */
export function indexPage(entries: IndexEntry[], exportedAt: Date): string {
  const items = entries
    .map(({ release, files }) => {
      const links = files
        .map((f) => `<a href="${escapeHtml(encodeURI(f.name))}">${escapeHtml(f.label)}</a>`)
        .join(' · ');
      const date = release.date ? `${escapeHtml(formatReleaseDate(release.date, 'en'))} – ` : '';
      return `<li lang="${release.language}">${date}${escapeHtml(release.headline || 'Untitled release')} <span>(${links})</span></li>`;
    })
    .join('\n');
  const when = exportedAt.toISOString().slice(0, 10);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Releases exported on ${when}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<main>
<h1>Releases exported on <time datetime="${when}">${escapeHtml(formatReleaseDate(when, 'en'))}</time></h1>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}
