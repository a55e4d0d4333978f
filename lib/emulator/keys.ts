// RSA-2048 signing keys, generated in memory at start (never written anywhere), with
// date-stamped kids like IAM's and a JWKS that keeps the previous key after a rotation.
import { exportJWK, generateKeyPair } from 'jose'

export interface SigningKey {
  /** 12 digits, YYYYMMDDHHMM in UTC, as IAM's kids are (iam-facts §3.1). */
  kid: string
  privateKey: CryptoKey
  publicKey: CryptoKey
  publicJwk: PublishedJwk
}

/** IAM's published keys carry no `use` (iam-facts §3.4); member order follows §3.4 too. */
export interface PublishedJwk {
  kty: string
  kid: string
  alg: 'RS256'
  n: string
  e: string
}

/** Current key plus the one before it; older keys drop out, as after a real rotation. */
const PUBLISHED_KEY_COUNT = 2

export function formatKid(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return (
    String(date.getUTCFullYear()) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes())
  )
}

function kidToDate(kid: string): Date {
  const [year, month, day, hour, minute] = [0, 4, 6, 8, 10].map((start, index) =>
    Number(kid.slice(start, index === 0 ? 4 : start + 2)),
  ) as [number, number, number, number, number]
  return new Date(Date.UTC(year, month - 1, day, hour, minute))
}

/** Kids stay unique and increasing even when keys rotate twice within one minute. */
export function nextKid(now: Date, previousKid: string | undefined): string {
  const candidate = formatKid(now)
  if (previousKid === undefined || candidate > previousKid) return candidate
  return formatKid(new Date(kidToDate(previousKid).getTime() + 60_000))
}

interface KeyMaterial {
  privateKey: CryptoKey
  publicKey: CryptoKey
  kty: string
  n: string
  e: string
}

async function generateKeyMaterial(): Promise<KeyMaterial> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  })
  const { kty, n, e } = await exportJWK(publicKey)
  if (kty === undefined || n === undefined || e === undefined) {
    throw new Error('IAM emulator: the generated RSA public key could not be exported as a JWK.')
  }
  return { privateKey, publicKey, kty, n, e }
}

function withKid({ privateKey, publicKey, kty, n, e }: KeyMaterial, kid: string): SigningKey {
  return { kid, privateKey, publicKey, publicJwk: { kty, kid, alg: 'RS256', n, e } }
}

/**
 * The published keys, newest first; the first one signs new tokens. Generating an RSA key takes
 * 100–500 ms, so the first key is made in the background: the server can listen at once, and
 * only the first request that needs a key waits for it.
 */
export class KeyRing {
  private keys: Promise<SigningKey[]>

  constructor() {
    this.keys = generateKeyMaterial().then((material) => [
      withKid(material, nextKid(new Date(), undefined)),
    ])
    // A failure surfaces on every later use; this only stops an "unhandled rejection" crash.
    this.keys.catch(() => undefined)
  }

  async current(): Promise<SigningKey> {
    return (await this.keys)[0] as SigningKey
  }

  async find(kid: string | undefined): Promise<SigningKey | undefined> {
    return (await this.keys).find((key) => key.kid === kid)
  }

  /** Concurrent rotations chain, so each gets its own, later kid. */
  rotate(): Promise<SigningKey> {
    const material = generateKeyMaterial()
    const previous = this.keys
    this.keys = Promise.all([material, previous]).then(([fresh, keys]) => {
      const key = withKid(fresh, nextKid(new Date(), keys[0]?.kid))
      return [key, ...keys].slice(0, PUBLISHED_KEY_COUNT)
    })
    return this.current()
  }

  async jwks(): Promise<{ keys: PublishedJwk[] }> {
    return { keys: (await this.keys).map((key) => key.publicJwk) }
  }
}
