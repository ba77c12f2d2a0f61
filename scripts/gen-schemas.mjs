#!/usr/bin/env node
// Write the JSON files the package ships for systems not written in TypeScript, from the built package
// (run `npm run build` first):
//   schemas/observation.schema.json   observationJsonSchema()
//   schemas/plan.schema.json          planJsonSchema()
//   data/wuwei14.json                 the embedded plan, as plain JSON
// test/io-json-schema.test.ts and test/plan-json.test.ts fail when a shipped file differs from what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const { wuwei14 } = await import(join(root, "dist", "index.js"));
const { observationJsonSchema, planJsonSchema } = await import(join(root, "dist", "schema", "index.js"));
const write = (path, value) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${path}`);
};
write("schemas/observation.schema.json", observationJsonSchema());
write("schemas/plan.schema.json", planJsonSchema());
write("data/wuwei14.json", wuwei14);
