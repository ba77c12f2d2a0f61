import type { Plugin } from "esbuild";
/** definePlan's output for the embedded plan, as JSON text. */
export function embeddedPlanJson(): Promise<string>;
/** The module that replaces src/plans/wuwei14/index.ts in the CLI bundle. */
export function embeddedPlanSource(): Promise<string>;
/** An esbuild plugin for the CLI config of tsup.config.ts. */
export function embeddedPlanModule(): Plugin;
