// Everything a request handler needs from one running emulator.
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { AnalyticsEngineState } from './ae-state'
import type { FaultBook } from './faults'
import type { IamInstance } from './iam-context'
import type { KeyRing } from './keys'
import type { RefreshTokenStore } from './refresh-tokens'
import type { StatsCounter } from './stats'
import type { MintOverrides } from './types'

export interface EmulatorContext {
  /** Base URL without a trailing slash. */
  url: string
  /** `<url>/identity`, the `iss` of every token and the discovery `issuer`. */
  issuer: string
  tokenLifetimeSeconds: number
  latencyMs: number
  keys: KeyRing
  faults: FaultBook
  stats: StatsCounter
  refreshTokens: RefreshTokenStore
  analytics: AnalyticsEngineState
  iam: IamInstance
  /** Rejects when the emulator closes, so no handler outlives close(). */
  sleep(ms: number): Promise<void>
  mint(overrides?: MintOverrides): Promise<string>
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EmulatorContext,
  url: URL,
) => Promise<void>
