/**
 * `wuwei-sti-plan` (dist/cli.js): runs the CLI bundle with its code cache (see script.ts). Without a cache file, or
 * with one that does not fit this Node, the bundle is compiled from its source.
 *
 * @internal
 * @module
 */
import { readFileSync } from "node:fs";
import { CACHE_URL, compileCli } from "./script.js";

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(CACHE_URL);
} catch {
  cachedData = undefined;
}
compileCli(cachedData).run();
