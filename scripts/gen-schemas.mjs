#!/usr/bin/env node
// Write schemas/observation.schema.json from the built package (run `npm run build` first).
// test/io-json-schema.test.ts fails when the shipped file differs from `observationJsonSchema()`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const { observationJsonSchema } = await import(join(root, "dist", "index.js"));
mkdirSync(join(root, "schemas"), { recursive: true });
writeFileSync(
  join(root, "schemas", "observation.schema.json"),
  `${JSON.stringify(observationJsonSchema(), null, 2)}\n`,
);
console.log("wrote schemas/observation.schema.json");
