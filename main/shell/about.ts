import { app } from 'electron';
import { join } from 'node:path';

/**
 * A file the operating system opens itself, so never inside app.asar: beside it in the installed app
 * (electron-builder.cjs, extraResources), in the checkout when run from source.
 */
function shippedFile(packagedName: 'README.md' | 'icon.png', sourcePath: string): string {
  return app.isPackaged ? join(process.resourcesPath, packagedName) : join(app.getAppPath(), sourcePath);
}

/** The README, opened by Help ▸ Dateline Help. */
export function helpFile(): string {
  return shippedFile('README.md', 'README.md');
}

/** What the About panel shows: the app's own panel on macOS, Linux and Windows alike. */
export function setAboutPanel(): void {
  app.setAboutPanelOptions({
    applicationName: 'Dateline',
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © 2026 the Dateline authors',
    credits: 'An offline newsroom for press officers: draft, approve and export press releases.',
    iconPath: shippedFile('icon.png', 'resources/build/icons/64x64.png'),
  });
}
