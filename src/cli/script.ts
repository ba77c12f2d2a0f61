/**
 * How the CLI's code is compiled: `dist/cli-bundle.cjs`, one CommonJS file with every command (each command's part
 * evaluated only when that command runs), compiled by `node:vm` as Node compiles a CommonJS file, with V8's code cache
 * for it (`dist/cli-bundle.cache`, written when the package is built by `scripts/cli-cache.mjs`).
 *
 * The code cache holds V8's compiled form of the functions a `report` run uses, so that a cold start neither parses
 * the bundle nor compiles those functions again. V8 checks the cache against its own version, its flags and the
 * source, and ignores a cache that does not fit (another Node, other V8 flags, a rebuilt bundle): the bundle is then
 * compiled from its source as any script is, which is slower but gives the same result.
 *
 * Used by `dist/cli.js` (src/cli/launch.ts) and by `scripts/cli-cache.mjs`, which must compile exactly the same
 * text for the cache to fit.
 *
 * @internal
 * @module
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** The CLI bundle and its code cache, beside this file in dist/. */
export const BUNDLE_URL = new URL("./cli-bundle.cjs", import.meta.url);
export const CACHE_URL = new URL("./cli-bundle.cache", import.meta.url);

/** The compiled CLI: the script (for `cachedDataRejected` and `createCachedData`) and a function that runs it. */
export interface CompiledCli {
  readonly script: Script;
  readonly run: () => void;
}

/**
 * Compile the CLI bundle with `cachedData` (the code cache, when there is one) and return it ready to run. Running it
 * runs the CLI on `process.argv`, as `node dist/cli-bundle.cjs` would.
 */
export function compileCli(cachedData: Buffer | undefined): CompiledCli {
  const filename = fileURLToPath(BUNDLE_URL);
  const source = readFileSync(filename, "utf8");
  // Node's own CommonJS wrapper, so that the bundle runs here as it runs when required; and `__cliImport`, Node's
  // `import()` from this file, for the bundle's optional packages (playwright-core, for PDF): a script compiled by
  // node:vm has no `import()` of its own (not without --experimental-vm-modules, nor with a code cache).
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __cliImport) {${source}\n})`, {
    filename,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  return {
    script,
    run() {
      const module = { exports: {} };
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      const load = (specifier: string): Promise<unknown> => import(specifier);
      wrapper(module.exports, createRequire(filename), module, filename, dirname(filename), load);
    },
  };
}
