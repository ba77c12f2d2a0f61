// Headless Chromium for the browser test and the pictures, taken from npm packages pinned in the lock file, so that
// `npm ci && npm test` needs nothing outside npm:
//   - the browser: @sparticuz/chromium, which carries a brotli-compressed Chromium (headless shell, x86-64 Linux)
//     inside the package and unpacks it into the system's temporary folder on first use;
//   - the CJK fonts: @embedpdf/fonts-sc (Noto Sans Hans, OFL-1.1, GB2312 coverage), given to Chromium through a
//     fontconfig file of our own, so Chinese text renders without any system font package.
// playwright-core drives it. CHROMIUM_PATH points at another Chromium instead (e.g. Debian's /usr/bin/chromium).
// The flags keep a closed network quiet: no background requests to outside hosts.
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--no-zygote",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-domain-reliability",
  "--no-pings",
  "--font-render-hinting=none",
];

/** The folder of a package installed in node_modules (its entry file's nearest folder with a package.json). */
function packageDir(name) {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, "package.json")) || !dir.endsWith(name.split("/").at(-1))) dir = dirname(dir);
  return dir;
}

/** Shared libraries the packaged Chromium links against; Amazon Linux copies ship with it for machines without. */
const LIB_DIRS = ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"];
const hasNss = () => LIB_DIRS.some((dir) => existsSync(join(dir, "libnss3.so")));

/** Unpack a `.tar.br` archive of @sparticuz/chromium into `dest` (once). */
async function untarBrotli(archive, dest) {
  if (existsSync(dest)) return;
  const tar = require(require.resolve("tar-fs", { paths: [packageDir("@sparticuz/chromium")] }));
  await pipeline(createReadStream(archive), createBrotliDecompress(), tar.extract(dest));
}

/** A fontconfig file that adds the packaged CJK fonts to whatever the system has. */
function fontconfigFile(extraDirs) {
  const dir = join(root, ".tmp", "fontconfig");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "fonts.conf");
  const dirs = [join(packageDir("@embedpdf/fonts-sc"), "fonts"), ...extraDirs].map((d) => `  <dir>${d}</dir>`);
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      "<fontconfig>",
      ...dirs,
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <cachedir>${join(dir, "cache")}</cachedir>`,
      "</fontconfig>",
      "",
    ].join("\n"),
  );
  return file;
}

/** Where the browser is and the environment it needs. */
export async function resolveChromium() {
  if (process.env.CHROMIUM_PATH) {
    return {
      executablePath: process.env.CHROMIUM_PATH,
      env: { FONTCONFIG_FILE: fontconfigFile([]) },
      from: "CHROMIUM_PATH",
    };
  }
  const { default: packaged } = await import("@sparticuz/chromium");
  const executablePath = await packaged.executablePath(); // unpacks chromium.br, fonts and swiftshader into tmpdir()
  const env = { FONTCONFIG_FILE: fontconfigFile([join(tmpdir(), "fonts")]) };
  if (!hasNss()) {
    const libs = join(tmpdir(), "al2023");
    await untarBrotli(join(packageDir("@sparticuz/chromium"), "bin", "al2023.tar.br"), libs);
    env.LD_LIBRARY_PATH = [join(libs, "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  }
  const { version } = JSON.parse(readFileSync(join(packageDir("@sparticuz/chromium"), "package.json"), "utf8"));
  return { executablePath, env, from: `@sparticuz/chromium ${version}` };
}

/** Launch headless Chromium; `browser.from` says which one. */
export async function launchChromium() {
  const { executablePath, env, from } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: FLAGS, env: { ...process.env, ...env } });
  return Object.assign(browser, { from });
}
