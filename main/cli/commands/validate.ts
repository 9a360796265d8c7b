import { runChecks } from '../../../common/checks';
import { contentOf } from '../../../common/release';
import { pickerLists } from '../../../common/taxonomy';
import type { Core } from '../../core/context';
import { resolveId } from '../ids';
import type { Output } from '../output';

/** `dateline validate [ID…]`: the house-style checks; exit code 1 when any finding is an error. */
export async function validate(core: Core, output: Output, ids: string[]): Promise<number> {
  const summaries = core.releases.list();
  const chosen = ids.length ? ids.map((id) => resolveId(summaries, id)) : summaries;
  const settings = core.settings.get();
  const context = {
    lists: pickerLists(core.taxonomies, settings.taxonomyAdditions),
    style: settings.style,
    now: new Date(),
  };
  let errors = 0;
  for (const summary of chosen) {
    const release = await core.releases.get(summary.id);
    const findings = runChecks(contentOf(release), context);
    const count = findings.filter((f) => f.severity === 'error').length;
    errors += count;
    output.out(
      `${release.id}  ${release.headline || 'Untitled release'}: ${count} error(s), ${findings.length - count} warning(s)`,
    );
    for (const f of findings) output.out(`  ${f.severity.padEnd(7)} ${f.rule}: ${f.message}`);
  }
  return errors > 0 ? 1 : 0;
}
