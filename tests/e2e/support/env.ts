/** Where the end-to-end servers listen; ports chosen away from the demo's 3000/4010. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3110)
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110)
export const APP_URL = `http://localhost:${APP_PORT}`
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`
export const SERVER_LOG = 'tmp/e2e/app-server.log'

/**
 * Ports for the extra servers some specs start: the nine after APP_PORT, so that several
 * checkouts can run the suite side by side. Spec files run one at a time (one worker) and stop
 * their servers when done, so different files may use the same offsets.
 */
export function extraPort(offset: number): number {
  if (!Number.isInteger(offset) || offset < 1 || offset > 9) {
    throw new Error(`extraPort: offset ${offset} is outside 1–9`)
  }
  return APP_PORT + offset
}

export const EXTRA_PORT = {
  rateLimit: extraPort(1),
  startup: extraPort(2),
  rotationBefore: extraPort(3),
  rotationAfter: extraPort(4),
  fuzz: extraPort(5),
} as const

/** Extra servers write their output next to SERVER_LOG, named with this prefix and the port. */
export const EXTRA_SERVER_LOG_PREFIX = 'extra-server-'
