import { readFileSync } from 'node:fs'

import { SERVER_LOG } from './env'

/** Everything the app server has written to stdout and stderr so far. */
export function serverLog(): string {
  return readFileSync(SERVER_LOG, 'utf8')
}
