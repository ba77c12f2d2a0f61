// Headless Chromium from Debian's package, driven by playwright-core, with the flags this closed network needs
// (no background requests to outside hosts). Used by the browser test and by the pictures script.
import { chromium } from "playwright-core";

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launch headless Chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
