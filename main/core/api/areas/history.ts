import { z } from 'zod';
import { diffReleases } from '../../../../common/history/diff';
import { contentOf } from '../../../../common/release';
import { releaseIdSchema } from '../../../../common/model/release';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

const rev = z.number().int().min(1);

export function register(registrar: Registrar, core: Core): void {
  // Each call reads the stores from the core: a restore reloads the core with new ones.
  registrar.handle('history', 'list', z.strictObject({ id: releaseIdSchema }), ({ id }) => core.history.list(id));
  registrar.handle(
    'history',
    'diff',
    z.strictObject({ id: releaseIdSchema, from: rev, to: rev.optional() }),
    async ({ id, from, to }) =>
      diffReleases(
        await core.history.get(id, from),
        to === undefined ? await core.releases.get(id) : await core.history.get(id, to),
      ),
  );
  registrar.handle(
    'history',
    'restore',
    z.strictObject({ id: releaseIdSchema, rev, baseRevision: rev }),
    async ({ id, rev: wanted, baseRevision }) => {
      const old = await core.history.get(id, wanted);
      return core.releases.save(id, baseRevision, contentOf(old), 'restore', `Restored revision ${wanted}`);
    },
  );
}
