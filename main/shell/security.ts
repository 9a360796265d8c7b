import { app, session, shell, type WebContents } from 'electron';
import { externalUrl } from './policy';

/** Hands web and mail links to the system; anything else is dropped (see policy.ts). */
function openExternally(url: string): void {
  const allowed = externalUrl(url);
  if (allowed !== undefined) void shell.openExternal(allowed);
}

/** Every window: no new windows, no navigation away, no webviews, external links to the system browser. */
export function lockDownContents(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      openExternally(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Camera, microphone, notifications, geolocation…: the editor needs none of them. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
