import { ipcMain, type WebFrameMain } from 'electron';
import type { Registry } from '../core/api/registry';

/**
 * Exposes every registered handler over IPC. Requests from any frame but the app's own
 * page are refused, so a page that somehow loaded elsewhere cannot reach the store.
 */
export function registerIpc(registry: Registry, isTrusted: (frame: WebFrameMain | null) => boolean): void {
  for (const channel of registry.channels()) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      if (!isTrusted(event.senderFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Dateline’s data.' } };
      }
      return registry.dispatch(channel, arg);
    });
  }
}
