import { z } from 'zod';
import { releaseIdSchema } from '../../model/release';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

export function register(registrar: Registrar, core: Core): void {
  // The release exactly as stored: the backup and transfer format.
  registrar.handle('export', 'json', z.strictObject({ id: releaseIdSchema }), async ({ id }) => {
    const release = await core.releases.get(id);
    return { fileName: `${id}.json`, text: `${JSON.stringify(release, null, 2)}\n` };
  });
}
