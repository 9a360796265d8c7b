import { z } from 'zod';
import type { PublicSettings } from '../../../../preload/contract';
import { settingsPatchSchema, type Settings } from '../../model/settings';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

function publicPart(settings: Settings): PublicSettings {
  return { userName: settings.userName };
}

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('settings', 'get', z.undefined(), () => publicPart(core.settings.get()));
  registrar.handle('settings', 'update', settingsPatchSchema, async (patch) =>
    publicPart(await core.settings.update((settings) => ({ ...settings, ...patch }))),
  );
}
