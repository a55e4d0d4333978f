/** Where the end-to-end servers listen; ports chosen away from the demo's 3000/4010. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3110)
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110)
export const APP_URL = `http://localhost:${APP_PORT}`
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`
export const SERVER_LOG = 'tmp/e2e/app-server.log'

/**
 * Ports for the extra servers some specs start, taken from the nine after APP_PORT so that
 * several checkouts can run the suite side by side: each spec owns one offset.
 */
export const EXTRA_PORT = {
  rateLimit: APP_PORT + 1,
  startup: APP_PORT + 2,
  rotationBefore: APP_PORT + 3,
  rotationAfter: APP_PORT + 4,
  fuzz: APP_PORT + 5,
} as const

/** Extra servers write their output next to SERVER_LOG, named with this prefix and the port. */
export const EXTRA_SERVER_LOG_PREFIX = 'extra-server-'
