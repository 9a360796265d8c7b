import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './paths';

/**
 * Bundles a TypeScript entry with all its dependencies into one .mjs for plain `node`,
 * so a test can start it many times without paying for a TypeScript loader each time.
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const fileName = 'bundle.mjs';
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: fileName, format: 'es' } },
    },
  });
  return join(outDir, fileName);
}
