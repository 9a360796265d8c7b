import type { ReleaseSummary } from '../../common/model/release';
import { CliError } from './output';

/** A release by its id or a unique start of it (at least 4 characters), as `dateline list` prints them. */
export function resolveId(releases: ReleaseSummary[], wanted: string): ReleaseSummary {
  const exact = releases.find((r) => r.id === wanted);
  if (exact) return exact;
  const matches = wanted.length >= 4 ? releases.filter((r) => r.id.startsWith(wanted.toLowerCase())) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new CliError(`“${wanted}” matches ${matches.length} releases; give more of the id.`);
  throw new CliError(`No release has the id “${wanted}”. Run \`dateline list\` to see the ids.`);
}
