/**
 * `npm run demo`: the whole product offline. Builds if needed, starts the local IAM emulator and
 * the production app wired to it, and prints where to go and which demo key to use.
 */
import { randomBytes } from 'node:crypto'

import { startEmulator } from '../lib/emulator'

import { buildIfNeeded } from './lib/build-if-needed'
import {
  forwardSignals,
  parsePort,
  spawnProductionServer,
  waitForHealthy,
} from './lib/production-server'

const log = (line: string) => console.log(`[demo] ${line}`)

async function main() {
  const appPort = parsePort(process.env.PORT, 3000)
  const emulatorPort = parsePort(process.env.EMULATOR_PORT, 4010)
  buildIfNeeded(log)

  const emulator = await startEmulator({ port: emulatorPort, host: '127.0.0.1', quiet: true })
  const sessionPassword = process.env.SESSION_PASSWORD || randomBytes(32).toString('base64url')
  if (!process.env.SESSION_PASSWORD) {
    log('SESSION_PASSWORD is not set: generated a random one; sessions end when the demo stops.')
  }

  const appUrl = `http://localhost:${appPort}`
  const app = spawnProductionServer({
    port: appPort,
    host: process.env.HOST || '127.0.0.1',
    env: {
      IAM_URL: emulator.url,
      AE_API_URL: emulator.url,
      SESSION_PASSWORD: sessionPassword,
    },
  })
  forwardSignals([app], () => emulator.close())
  app.on('exit', (code) => {
    void emulator.close().finally(() => process.exit(code ?? 0))
  })

  await waitForHealthy(appUrl, app)
  printBanner(appUrl, emulator.url, emulator.demoKeys, emulator.demoInstanceId)
}

function printBanner(
  appUrl: string,
  emulatorUrl: string,
  demoKeys: readonly { apikey: string; kind: string; name: string }[],
  instanceId: string,
) {
  const [firstKey] = demoKeys
  const keyWidth = Math.max(...demoKeys.map((key) => key.apikey.length))
  const lines = [
    '',
    '  IAM Token Workbench is running (sandbox mode: no IBM Cloud account needed)',
    '',
    `  Open        ${appUrl}`,
    `  IAM         ${emulatorUrl}  (local emulator, also serves Analytics Engine)`,
    '',
    '  Demo API keys (fake, for the emulator only):',
    ...demoKeys.map((key) => `    ${key.apikey.padEnd(keyWidth)}   → ${key.kind}: ${key.name}`),
    '',
    `  Demo Analytics Engine instance id: ${instanceId}`,
    '',
    '  To run the copied snippets in a terminal:',
    `    export IBMCLOUD_API_KEY='${firstKey?.apikey ?? ''}'`,
    `    export INSTANCE_ID='${instanceId}'`,
    '',
    '  Press Ctrl+C to stop.',
    '',
  ]
  console.log(lines.join('\n'))
}

main().catch((error: unknown) => {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
