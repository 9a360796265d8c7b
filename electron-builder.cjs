// @ts-check
// The installers: `npm run dist` (this OS), `dist:win`, `dist:mac`, `dist:linux` (README, "Packaging"). JavaScript, so
// signing and notarisation follow the environment; the version comes from package.json.
const env = process.env;

/** macOS signing: a Developer ID certificate in CSC_LINK (file, https or base64) or a keychain identity in CSC_NAME. */
const signMac = Boolean(env.CSC_LINK || env.CSC_NAME);
/** Notarisation needs a signed app and all three Apple variables; otherwise it is skipped, never half-attempted. */
const notarize = signMac && Boolean(env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID);

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.dateline.app',
  productName: 'Dateline',
  copyright: 'Copyright © 2026 the Dateline authors',
  directories: { output: 'dist', buildResources: 'resources/build' },
  // An unpacked Electron to use instead of downloading one (offline machines; see README).
  ...(env.ELECTRON_DIST ? { electronDist: env.ELECTRON_DIST } : {}),

  asar: true,
  // Only what the app runs: the bundles (not out/cli: the packaged app has no command line), the data it
  // reads from resources/ (taxonomies, samples; not the icon sources in resources/build), package.json,
  // and the production dependencies main/ leaves external. No sources, tests, source maps or type files.
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'resources/**',
    '!resources/build{,/**}',
    '!resources/icon.svg',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    // electron-builder already leaves out dependencies' tests and examples; their docs are no use either.
    '!**/node_modules/**/*.{md,markdown}',
    // Type packages are never loaded at run time (docx lists @types/node among its dependencies).
    '!**/node_modules/@types{,/**}',
    // The command line's PDF printer; the app prints with Electron's own Chromium.
    '!**/node_modules/playwright-core{,/**}',
  ],
  // Opened by the operating system, so they must be real files beside app.asar (process.resourcesPath).
  extraResources: [
    { from: 'README.md', to: 'README.md' },
    { from: 'resources/build/icons/64x64.png', to: 'icon.png' },
  ],
  // Every production dependency is plain JavaScript: nothing to rebuild against Electron's headers.
  npmRebuild: false,

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'icon.ico',
  },
  nsis: {
    // Per user by default (no administrator needed); the assisted installer offers "for all users" too.
    oneClick: false,
    perMachine: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Dateline',
    artifactName: '${productName}-Setup-${version}.${ext}',
  },

  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/build/entitlements.mac.plist',
    entitlementsInherit: 'resources/build/entitlements.mac.plist',
    // Without a certificate the app is left unsigned, on purpose and said so in the log.
    ...(signMac ? {} : { identity: null }),
    notarize,
  },
  dmg: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'icons',
    category: 'Office',
    // The window's WM_CLASS matches the desktop entry, so docks group the window under its icon.
    syncDesktopName: true,
    maintainer: 'Dateline maintainers <dateline@example.org>',
    vendor: 'Dateline',
    synopsis: 'Draft, approve and export press releases, offline',
    desktop: {
      entry: {
        Name: 'Dateline',
        Comment: 'Draft, approve and export press releases, offline',
        Keywords: 'press;release;newsroom;editor;',
      },
    },
  },
  appImage: {
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  deb: {
    artifactName: '${name}_${version}_${arch}.${ext}',
  },
};
