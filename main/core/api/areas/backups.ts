import { z } from 'zod';
import { SNAPSHOT_NAME } from '../../backup/names';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

// One path segment, never `..`; restore then takes only a name that listSnapshots answers.
const snapshotName = z.string().regex(SNAPSHOT_NAME, 'not the name of a snapshot');

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('backups', 'list', z.undefined(), () => core.backups.list());
  registrar.handle('backups', 'create', z.undefined(), () => core.backups.create());
  registrar.handle('backups', 'restore', z.strictObject({ name: snapshotName }), ({ name }) =>
    core.backups.restore(name),
  );
}
