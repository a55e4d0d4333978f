/**
 * `npm run screenshots`: the README's pictures, taken from the real production build against the
 * emulator, in light and dark mode. Run `npm run build` first.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'

import { chromium } from '@playwright/test'

import { DEMO_USER_APIKEY, startEmulator } from '../lib/emulator'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium'
import { spawnProductionServer, waitForHealthy } from './lib/production-server'

const OUT_DIR = 'public/screenshots'
const APP_PORT = 3190

async function main() {
  const emulator = await startEmulator({ port: 0, quiet: true })
  const app = spawnProductionServer({
    port: APP_PORT,
    host: '127.0.0.1',
    stdio: 'pipe',
    env: {
      IAM_URL: emulator.url,
      AE_API_URL: emulator.url,
      SESSION_PASSWORD: randomBytes(32).toString('base64url'),
    },
  })
  const appUrl = `http://localhost:${APP_PORT}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  })

  try {
    await waitForHealthy(appUrl, app)
    mkdirSync(OUT_DIR, { recursive: true })
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme })
      await page.goto(appUrl)
      await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
      await page.getByRole('button', { name: 'Get token' }).click()
      await page.getByTestId('countdown').waitFor()
      await page.screenshot({ path: `${OUT_DIR}/workbench-${colorScheme}.png`, fullPage: true })
      await page.close()
      console.log(`wrote ${OUT_DIR}/workbench-${colorScheme}.png`)
    }
  } finally {
    await browser.close()
    app.kill('SIGTERM')
    await emulator.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
