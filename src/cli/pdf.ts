/**
 * `--format pdf`: print the evaluation report through a headless Chromium driven by playwright-core, where both
 * are installed. Neither is a dependency of the package: playwright-core is loaded only when a PDF is asked for.
 *
 * @internal
 * @module
 */
import { existsSync } from "node:fs";

/** The part of playwright-core this module uses. */
interface Playwright {
  readonly chromium: {
    executablePath(): string;
    launch(options: { executablePath: string; args: string[] }): Promise<{
      newPage(): Promise<{
        setContent(html: string, options: { waitUntil: "load" }): Promise<void>;
        pdf(options: { path: string; preferCSSPageSize: boolean; printBackground: boolean }): Promise<unknown>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

/**
 * Where a Chromium is: `CHROMIUM_PATH`, then the usual system paths, then playwright's own download (the browser
 * `npx playwright install chromium` puts in its cache). `null` when none exists; `printPdf` then tries the
 * Chromium packaged in `@sparticuz/chromium`.
 *
 * @internal
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  playwright: Playwright | null,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const candidates = [
    env["CHROMIUM_PATH"],
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    (() => {
      try {
        return playwright?.chromium.executablePath();
      } catch {
        return undefined;
      }
    })(),
  ];
  return candidates.find((p): p is string => typeof p === "string" && p !== "" && exists(p)) ?? null;
}

/** Imports a package by name (`import()`). @internal */
export type Importer = (specifier: string) => Promise<unknown>;

/**
 * The Chromium that the npm package `@sparticuz/chromium` carries inside it, unpacked on first use, when that
 * package is installed (it is one of this project's development dependencies); `null` otherwise.
 *
 * @internal
 */
async function packagedChromium(load: Importer): Promise<string | null> {
  const name = ["@sparticuz", "chromium"].join("/");
  try {
    const packaged = (await load(name)) as { default: { executablePath(): Promise<string> } };
    return await packaged.default.executablePath();
  } catch {
    return null;
  }
}

/**
 * Print `html` to a PDF at `path`, honouring the document's `@page` size and margins. Resolves `false` when
 * playwright-core or a Chromium is missing; a browser that fails once started is an error.
 *
 * @param load - how an optional package is imported: `import()` itself, unless the caller is a script compiled by
 *   node:vm, which has none (src/cli/script.ts)
 * @internal
 */
export async function printPdf(
  html: string,
  path: string,
  env: Readonly<Record<string, string | undefined>>,
  load: Importer = (specifier) => import(specifier),
): Promise<boolean> {
  // A computed name, so that bundlers leave the optional package out of the CLI.
  const name = ["playwright", "core"].join("-");
  const playwright = (await load(name).catch(() => null)) as Playwright | null;
  if (playwright === null) return false;
  const executablePath = findChromium(env, playwright) ?? (await packagedChromium(load));
  if (executablePath === null) return false;
  const browser = await playwright.chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
  return true;
}
