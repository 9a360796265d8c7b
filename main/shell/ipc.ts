import { ipcMain } from 'electron';
import type { Registry } from '../core/api/registry';
import { isTrustedFrame } from './policy';

/**
 * Exposes every registered handler over IPC. Requests from any frame but the app's own page
 * (`appUrl`) in a window's top frame are refused, so a page that somehow loaded elsewhere, or
 * a frame inside the app's page, cannot reach the store.
 */
export function registerIpc(registry: Registry, appUrl: string): void {
  for (const channel of registry.channels()) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      if (!isTrustedFrame(event.senderFrame, appUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Dateline’s data.' } };
      }
      return registry.dispatch(channel, arg);
    });
  }
}
