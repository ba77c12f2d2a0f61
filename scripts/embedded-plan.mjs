// The embedded plan for the CLI bundle, checked at build time. The sources build `wuwei14` with `definePlan` (zod
// schema and cross-checks, ~18 % of a cold CLI start); the CLI instead embeds definePlan's output as JSON and only
// deep-freezes it at load. test/cli-embedded-plan.test.ts proves the embedded data equals definePlan's output.
import { build } from "esbuild";

/** definePlan's output for the embedded plan, as JSON text. Built from the sources with esbuild. */
export async function embeddedPlanJson() {
  const out = await build({
    entryPoints: [new URL("../src/plans/wuwei14/index.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  const { wuwei14 } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return JSON.stringify(wuwei14);
}

/** The module that replaces src/plans/wuwei14/index.ts in the CLI bundle: the checked plan, parsed and frozen. */
export async function embeddedPlanSource() {
  const json = await embeddedPlanJson();
  return [
    'import { deepFreeze } from "../../internal/freeze.js";',
    "/** The embedded plan, checked by definePlan at build time. */",
    `export const wuwei14 = deepFreeze(JSON.parse(${JSON.stringify(json)}));`,
    "",
  ].join("\n");
}

/** An esbuild plugin for the CLI config of tsup.config.ts. */
export function embeddedPlanModule() {
  return {
    name: "embedded-plan",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]plans[\\/]wuwei14[\\/]index\.ts$/ }, async (args) => ({
        contents: await embeddedPlanSource(),
        loader: "ts",
        resolveDir: args.path.replace(/[\\/]index\.ts$/, ""),
      }));
    },
  };
}
