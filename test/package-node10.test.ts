/**
 * TypeScript projects on `moduleResolution: "node"` (node10) ignore `exports`: for them every subpath entry point
 * needs a folder of its own whose package.json points at the CommonJS build and its types, listed in `files`.
 * (`attw --pack .` and the consumer test's node10 compile check the built package; this names the missing file.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
type Conditions = { require: { types: string; default: string } };
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, Conditions | string>;
  files: string[];
};
const subpaths = Object.entries(pkg.exports).filter(
  (entry): entry is [string, Conditions] => entry[0] !== "." && !entry[0].includes("*") && typeof entry[1] !== "string",
);

describe("node10 folders for subpath entry points", () => {
  it("has subpath entry points to cover", () => {
    expect(subpaths.map(([key]) => key)).toEqual(expect.arrayContaining(["./io", "./report", "./draft", "./schema"]));
  });

  it.each(subpaths)("%s has NAME/package.json pointing at its CommonJS build, and ships it", (key, conditions) => {
    const name = key.slice(2);
    const file = join(root, name, "package.json");
    expect(existsSync(file), `${name}/package.json`).toBe(true);
    const stub = JSON.parse(readFileSync(file, "utf8")) as { main: string; types: string };
    expect(join(name, stub.main)).toBe(join(conditions.require.default));
    expect(join(name, stub.types)).toBe(join(conditions.require.types));
    expect(pkg.files).toContain(`${name}/package.json`);
  });
});
