import type { Core } from '../context';
import { register as app } from './areas/app';
import { register as backups } from './areas/backups';
import { register as exports } from './areas/export';
import { register as history } from './areas/history';
import { register as imports } from './areas/imports';
import { register as library } from './areas/library';
import { register as releases } from './areas/releases';
import { register as settings } from './areas/settings';
import { register as spelling } from './areas/spelling';
import { register as taxonomy } from './areas/taxonomy';
import { Registry } from './registry';

/** Every area's handlers in one registry: what main exposes over IPC and tests over the bridge. */
export function createRegistry(core: Core, registry = new Registry()): Registry {
  for (const register of [releases, taxonomy, library, exports, history, settings, app, spelling, imports, backups]) {
    register(registry, core);
  }
  const missing = registry.missing();
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  return registry;
}
