import { RELEASE_TYPE_LABELS } from '../../../common/model/vocab';
import { formatReleaseDate } from '../../../common/model/dateline';
import { bodyPlainText } from '../../../common/render/plainText';
import type { Core } from '../../core/context';
import { resolveId } from '../ids';
import type { Output } from '../output';

/** `dateline list`: one line a release, newest change first. */
export function list(core: Core, output: Output, options: { json?: boolean }): number {
  const releases = core.releases.list();
  if (options.json) {
    output.out(JSON.stringify(releases, null, 2));
    return 0;
  }
  if (releases.length === 0) {
    output.out(`No releases in ${core.dataDir}.`);
    return 0;
  }
  for (const r of releases) {
    output.out(
      [
        r.id,
        r.date || '----------',
        r.state.padEnd(9),
        RELEASE_TYPE_LABELS[r.type].padEnd(14),
        r.headline || 'Untitled release',
      ].join('  '),
    );
  }
  return 0;
}

/** `dateline show ID`: the fields and the body as readers will see it. */
export async function show(core: Core, output: Output, id: string, options: { json?: boolean }): Promise<number> {
  const release = await core.releases.get(resolveId(core.releases.list(), id).id);
  if (options.json) {
    output.out(JSON.stringify(release, null, 2));
    return 0;
  }
  const line = (label: string, value: string) => value && output.out(`${label.padEnd(15)}${value}`);
  line('Id', release.id);
  line('Type', RELEASE_TYPE_LABELS[release.type]);
  line('Status', release.workflow.state);
  if (release.workflow.approval)
    line('Approved by', `${release.workflow.approval.by}, ${release.workflow.approval.at}`);
  line('Language', release.language);
  line('Date', release.date ? formatReleaseDate(release.date, 'en') : '');
  line('Place', release.place);
  line('Issued by', release.issuers.join(', '));
  line('Fields of work', release.fieldsOfWork.join(', '));
  line('Countries', release.countries.join(', '));
  line('Embargo', release.embargo ? `${release.embargo.date} ${release.embargo.time} ${release.embargo.timeZone}` : '');
  output.out('');
  output.out(release.headline || 'Untitled release');
  if (release.subheading) output.out(release.subheading);
  if (release.lead) output.out(`\n${release.lead}`);
  output.out(`\n${bodyPlainText(release)}`);
  return 0;
}
