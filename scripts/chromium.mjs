/**
 * The Chromium that the browser tests and the benchmark drive (Playwright for pages, chrome-launcher for
 * Lighthouse): env CHROME_PATH if set, else /usr/bin/chromium, with the project's launch flags
 * (README.md). It never downloads a browser.
 */
import { existsSync } from 'node:fs';

/** Launch flags for every Chromium the project starts. */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/**
 * The Chromium executable; throws with install instructions when there is none.
 *
 * @returns {string}
 * @example chromiumPath() // '/usr/bin/chromium'
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist. Unset it or point it at a Chromium/Chrome binary.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found. Install Debian/Ubuntu\'s package with ' +
      '`sudo apt-get update && sudo apt-get install -y chromium` (bash .ci/run does this), ' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * Launches headless Chromium through Playwright with the project's flags.
 *
 * @returns {Promise<import('playwright-core').Browser>}
 * @example const browser = await launchChromium(); console.log(browser.version()); await browser.close();
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
}
