/** Where the end-to-end servers listen; ports chosen away from the demo's 3000/4010. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3110)
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110)
export const APP_URL = `http://localhost:${APP_PORT}`
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`
export const SERVER_LOG = 'tmp/e2e/app-server.log'
