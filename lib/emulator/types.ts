// Public types of the local IAM emulator. Other code (demo script, app tests, Playwright)
// depends on these shapes; change them only together with their callers.

export interface EmulatorOptions {
  /** 0 picks a random free port. @default 0 */
  port?: number
  /** @default '127.0.0.1' */
  host?: string
  /** Added to every token-endpoint response, for benchmarks. @default 0 */
  latencyMs?: number
  /** `expires_in` and `exp - iat` of minted access tokens. @default 3600 */
  tokenLifetimeSeconds?: number
  /** No per-request log lines. @default false */
  quiet?: boolean
}

export type DemoKeyKind = 'user' | 'serviceId'

export interface DemoKey {
  /** The API key value to send to `/identity/token`. Clearly fake; never a real IBM key. */
  apikey: string
  kind: DemoKeyKind
  name: string
  description: string
}

export type FaultTarget = 'token' | 'keys' | 'ae' | 'apikey-details'

interface FaultScope {
  /** How many requests the fault affects; unlimited until cleared when absent. */
  times?: number
  /** Which surface the fault applies to. @default 'token' */
  target?: FaultTarget
}

export type Fault =
  | ({ kind: 'status'; status: number; retryAfterSeconds?: number } & FaultScope)
  | ({ kind: 'slow'; delayMs: number } & FaultScope)
  | ({ kind: 'drop' } & FaultScope)
  | ({ kind: 'non-json' } & FaultScope)
  | ({ kind: 'bad-schema' } & FaultScope)

export type FaultKind = Fault['kind']

export interface MintOverrides {
  /** Which demo identity the token describes. @default 'user' */
  identity?: DemoKeyKind
  /** Merged over the generated claims; a `null` value removes that claim. */
  claims?: Record<string, unknown>
  /** @default '<emulator url>/identity' */
  iss?: string
  /** Seconds since the epoch. @default now */
  iat?: number
  /** Seconds since the epoch; may lie in the past. @default iat + tokenLifetimeSeconds */
  exp?: number
  /**
   * Header kid. A kid the emulator still publishes signs with that key; any other kid signs
   * with the current key, so the token fails verification (useful for "unknown kid" tests).
   */
  kid?: string
}

export interface EmulatorStats {
  /** Every request to `/identity/token` or `/oidc/token`, whatever its method or outcome. */
  tokenRequests: number
  /** Token-endpoint outcomes by HTTP status ('200', '400', …) or 'dropped'. */
  tokenResponsesByStatus: Record<string, number>
  keysRequests: number
  discoveryRequests: number
  apikeyDetailsRequests: number
  aeRequests: number
  /** Analytics Engine outcomes by HTTP status or 'dropped'. */
  aeResponsesByStatus: Record<string, number>
  /** Requests answered (or dropped, or delayed) by an injected fault. */
  faultsInjected: number
  /** Requests to paths the emulator does not serve (admin requests are not counted anywhere). */
  unknownRequests: number
}

export interface RunningEmulator {
  /** For example 'http://127.0.0.1:41234', without a trailing slash. */
  url: string
  port: number
  demoKeys: readonly DemoKey[]
  /** A fixed GUID for the sandbox Analytics Engine instance (any UUID is accepted). */
  demoInstanceId: string
  setFault(fault: Fault): void
  clearFaults(): void
  stats(): EmulatorStats
  resetStats(): void
  mintToken(overrides?: MintOverrides): Promise<string>
  /** A new signing key (new kid) becomes current; the previous one stays in the JWKS. */
  rotateKeys(): Promise<void>
  /** Closes the server and every socket, keep-alive included. */
  close(): Promise<void>
}
