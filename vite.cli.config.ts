import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The `dateline` command line: one ES module for plain Node, dependencies left in node_modules. */
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'main/cli/index.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { entryFileNames: 'dateline.js', banner: '#!/usr/bin/env node' },
    },
  },
});
