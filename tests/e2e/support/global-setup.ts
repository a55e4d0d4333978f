import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { EXTRA_SERVER_LOG_PREFIX } from './env'
import { SECRETS_FILE } from './secrets'

/** Starts the run with an empty secrets list and no extra-server logs from an earlier run. */
export default function globalSetup() {
  const dir = path.dirname(SECRETS_FILE)
  mkdirSync(dir, { recursive: true })
  rmSync(SECRETS_FILE, { force: true })
  for (const file of readdirSync(dir)) {
    if (file.startsWith(EXTRA_SERVER_LOG_PREFIX)) rmSync(path.join(dir, file), { force: true })
  }
}
