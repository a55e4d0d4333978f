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

/** `pickKid` runs after the slow key generation, so concurrent rotations get distinct kids. */
async function generateSigningKey(pickKid: () => string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  })
  const { kty, n, e } = await exportJWK(publicKey)
  if (kty === undefined || n === undefined || e === undefined) {
    throw new Error('IAM emulator: the generated RSA public key could not be exported as a JWK.')
  }
  const kid = pickKid()
  return { kid, privateKey, publicKey, publicJwk: { kty, kid, alg: 'RS256', n, e } }
}

export class KeyRing {
  /** Newest first; the first entry signs new tokens. */
  private keys: SigningKey[]

  private constructor(first: SigningKey) {
    this.keys = [first]
  }

  static async create(): Promise<KeyRing> {
    return new KeyRing(await generateSigningKey(() => nextKid(new Date(), undefined)))
  }

  get current(): SigningKey {
    return this.keys[0] as SigningKey
  }

  find(kid: string | undefined): SigningKey | undefined {
    return this.keys.find((key) => key.kid === kid)
  }

  async rotate(): Promise<SigningKey> {
    const key = await generateSigningKey(() => nextKid(new Date(), this.current.kid))
    this.keys = [key, ...this.keys].slice(0, PUBLISHED_KEY_COUNT)
    return key
  }

  jwks(): { keys: PublishedJwk[] } {
    return { keys: this.keys.map((key) => key.publicJwk) }
  }
}
