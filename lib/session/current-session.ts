import 'server-only'

import { readSession } from './cookie-session'
import { toSessionState } from './to-view'
import type { SessionState } from './token-view'

/** The request's session as the API and the page present it, stamped with the server's time. */
export async function currentSessionState(): Promise<SessionState> {
  return toSessionState(await readSession(), Date.now())
}
