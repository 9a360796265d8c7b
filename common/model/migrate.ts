/** Why a stored file could not be loaded; becomes the quarantine reason. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Upgrades a file one version: the step from version N lives at key N. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Brings parsed JSON up to `current`, one numbered step at a time.
 * A file from a newer Dateline is refused rather than guessed at.
 */
export function migrate(
  raw: unknown,
  current: number,
  steps: Readonly<Record<number, Migration>>,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LoadError('the file does not hold a JSON object');
  }
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new LoadError('the file has no valid schemaVersion');
  }
  if (version > current) {
    throw new LoadError(
      `the file was written by a newer Dateline (schema ${version}; this version reads up to ${current})`,
    );
  }
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) throw new LoadError(`no migration from schema ${v}`);
    data = { ...step(data), schemaVersion: v + 1 };
  }
  return data;
}
