import { z } from 'zod';
import type { Core } from '../../context';
import type { Registrar } from '../registry';

export function register(registrar: Registrar, core: Core): void {
  registrar.handle('taxonomy', 'get', z.undefined(), () => core.taxonomies);
}
