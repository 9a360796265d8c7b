import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { EXPORT_CSS } from './common/export/html/css';

/**
 * The preview shows the HTML export in a sandboxed iframe, which inherits the app's CSP:
 * allow exactly the export's own <style> by its hash, and no other inline style.
 */
function allowExportStyle(): Plugin {
  const hash = createHash('sha256').update(EXPORT_CSS).digest('base64');
  return {
    name: 'dateline-export-style-hash',
    transformIndexHtml: (html) => html.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`),
  };
}

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires nothing but 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), allowExportStyle()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
