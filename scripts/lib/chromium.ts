/** Debian's Chromium with the extension loaded, as the end-to-end tests and the browser benchmarks start it. */

/** The browser to drive: Debian's Chromium unless KOOTNITI_CHROMIUM names another. */
export const CHROMIUM = process.env.KOOTNITI_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The flags every run shares: only `extension` loaded, no sandbox or GPU (containers, CI), and
 * none of the browser's own first-run, background, update or sync traffic.
 */
export function extensionArgs(extension: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
