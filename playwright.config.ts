import { randomBytes } from 'node:crypto'

import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium'
import { APP_PORT, APP_URL, EMULATOR_PORT, EMULATOR_URL, SERVER_LOG } from './tests/e2e/support/env'

// Made once in the main process and inherited by the workers it forks; never a real secret.
process.env.E2E_SESSION_PASSWORD ??= randomBytes(32).toString('base64url')

const isCI = Boolean(process.env.CI)

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  // Setup clears the list of secrets the tests record; teardown fails the run if any of them
  // (or anything shaped like a token, session cookie or test key) is in a server's log.
  globalSetup: './tests/e2e/support/global-setup.ts',
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  // The app and the emulator are shared, and some tests inject faults into the emulator, so
  // tests run one at a time. Each still gets a fresh browser context (its own cookies).
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  // Retries only on CI, where a shared machine can stall; a local failure should be seen.
  retries: isCI ? 1 : 0,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: APP_URL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx lib/emulator/main.ts --port ${EMULATOR_PORT} --host 127.0.0.1`,
      url: `${EMULATOR_URL}/identity/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production build (`npm run build` runs first in `npm test`), output kept in a file
      // so tests can prove no key or token ever reaches the server's log.
      command: `mkdir -p tmp/e2e && npx tsx scripts/start.ts > ${SERVER_LOG} 2>&1`,
      url: `${APP_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        IAM_URL: EMULATOR_URL,
        AE_API_URL: EMULATOR_URL,
        IAM_TIMEOUT_MS: '3000',
        // The suite makes many token requests a minute; the limit is tested on a server of its own.
        TOKEN_RATE_LIMIT: '10000',
        SESSION_PASSWORD: process.env.E2E_SESSION_PASSWORD,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
})
