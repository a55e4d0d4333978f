/**
 * How every tool here starts Debian's Chromium (Playwright, Lighthouse, the screenshot script):
 * Playwright cannot download its own browser on this network, and without the background
 * switches Chromium keeps trying hosts this machine cannot reach.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const
