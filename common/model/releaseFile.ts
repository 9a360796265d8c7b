import { asDraft, workflowProblem, type Fingerprint } from './invariants';
import { loadVersioned } from './load';
import { RELEASE_SCHEMA_VERSION, releaseSchema, type Release } from './release';
import { RELEASE_MIGRATIONS } from './releaseMigrations';

/**
 * A release file's text as written: parsed, migrated and validated, its workflow unchecked (for the
 * importer, which keeps no claim). Throws LoadError for a file that cannot be read.
 */
export function parseReleaseFile(text: string, onOlder?: (version: number) => void): Release {
  return loadVersioned(text, releaseSchema, RELEASE_SCHEMA_VERSION, RELEASE_MIGRATIONS, onOlder);
}

/** A release as the model allows it: one that breaks the rules becomes a draft keeping the claim as an event. */
export function verifyRelease(release: Release, fingerprint: Fingerprint): { release: Release; problem?: string } {
  const problem = workflowProblem(release, fingerprint);
  return problem ? { release: asDraft(release, problem, fingerprint(release)), problem } : { release };
}

/**
 * A release file's text as the model allows it: a workflow that breaks the model's rules (an
 * approval of other content, a state with no approval) is read as a draft keeping the claim as an
 * event, and `onClaim` hears what was wrong. Throws LoadError for a file that cannot be read.
 */
export function loadReleaseFile(
  text: string,
  fingerprint: Fingerprint,
  onOlder?: (version: number) => void,
  onClaim?: (problem: string) => void,
): Release {
  const loaded = verifyRelease(parseReleaseFile(text, onOlder), fingerprint);
  if (loaded.problem) onClaim?.(loaded.problem);
  return loaded.release;
}
