import { z } from 'zod';
import { preferencesOf, preferencesPatchSchema } from '../../../../common/model/settings';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('settings', 'get', z.undefined(), () => preferencesOf(core.settings.get()));
  registrar.handle('settings', 'update', preferencesPatchSchema, async (patch) => {
    // A key sent as undefined (IPC keeps it) changes nothing, rather than erasing the setting.
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    return preferencesOf(await core.settings.update((settings) => ({ ...settings, ...given })));
  });
}
