import { z } from 'zod';
import { preferencesOf, preferencesPatchSchema } from '../../model/settings';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('settings', 'get', z.undefined(), () => preferencesOf(core.settings.get()));
  registrar.handle('settings', 'update', preferencesPatchSchema, async (patch) =>
    preferencesOf(await core.settings.update((settings) => ({ ...settings, ...patch }))),
  );
}
