import { z } from 'zod';
import { definedOnly } from '../../../../common/model/defined';
import { preferencesOf, preferencesPatchSchema } from '../../../../common/model/settings';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('settings', 'get', z.undefined(), () => preferencesOf(core.settings.get()));
  registrar.handle('settings', 'update', preferencesPatchSchema, async (patch) => {
    // A key sent as undefined (IPC keeps it) changes nothing, rather than erasing the setting.
    const given = definedOnly(patch);
    return preferencesOf(await core.settings.update((settings) => ({ ...settings, ...given })));
  });
}
