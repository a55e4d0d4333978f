import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { DEMO_KEYS } from '@/lib/emulator'

import { EXTRA_SERVER_LOG_PREFIX, SERVER_LOG } from './env'
import { findSecretLeaks, type CapturedLog } from './log-leaks'
import { recordedSecrets, type RecordedSecret } from './secrets'

/**
 * Fails the run when any API key or token the tests used, or anything shaped like a token, a
 * session cookie or a test key, is in the captured output of the app server or of any extra
 * server a spec started.
 */
export default function globalTeardown() {
  const dir = path.dirname(SERVER_LOG)
  const names = existsSync(dir) ? readdirSync(dir) : []
  const logs: CapturedLog[] = names
    .filter(
      (name) => name === path.basename(SERVER_LOG) || name.startsWith(EXTRA_SERVER_LOG_PREFIX),
    )
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }))

  const demoKeys: RecordedSecret[] = DEMO_KEYS.map((key) => ({ kind: 'apikey', value: key.apikey }))
  const secrets = [...demoKeys, ...recordedSecrets()]
  const problems = findSecretLeaks(logs, secrets)
  if (problems.length > 0) {
    throw new Error(`Secrets check of the server logs failed:\n- ${problems.join('\n- ')}`)
  }

  const tokens = secrets.filter((secret) => secret.kind === 'token').length
  console.log(
    `Secrets check: ${secrets.length - tokens} API keys and ${tokens} tokens, none in ` +
      `${logs.length} server logs (${logs.map((log) => log.name).join(', ')}).`,
  )
}
