/**
 * `npm start`: serves the production build (Next's standalone server) with the environment as
 * given: IAM_URL, IAM_TIMEOUT_MS, SESSION_PASSWORD, AE_API_URL, TOKEN_RATE_LIMIT, PORT, and HOST
 * (the interface, default 0.0.0.0). The server itself refuses to start on a bad configuration.
 */
import { forwardSignals, parsePort, spawnProductionServer } from './lib/production-server'

try {
  const port = parsePort(process.env.PORT, 3000)
  const server = spawnProductionServer({ port, host: process.env.HOST || '0.0.0.0' })
  forwardSignals([server])
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
