import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the import worker (which runs syncs too) to `outfile`, so a test runs a real worker thread
 * without `npm run build`. Everything is bundled but better-sqlite3 (native), which the bundle imports
 * by its absolute path: the temp folder it is written to has no node_modules to find it in.
 */
export async function bundleCoreWorker(outfile: string): Promise<string> {
  const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [path.resolve(import.meta.dirname, '../sync/import/import-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cairnCreateRequire } from 'node:module'; const require = __cairnCreateRequire(import.meta.url);" },
    plugins: [
      {
        name: 'better-sqlite3-by-path',
        setup(builder) {
          builder.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite, external: true }));
        },
      },
    ],
  });
  return outfile;
}
