import { MIN_SESSION_PASSWORD_LENGTH } from './env-schema'

/** iron-session's password map: the highest id seals, every id can unseal. */
export type SessionPasswords = Record<string, string>

export class SessionPasswordError extends Error {
  override name = 'SessionPasswordError'
}

const ROTATION_EXAMPLE = '{"2":"<new password>","1":"<old password>"}'

/**
 * Reads SESSION_PASSWORD: either one password, or — to rotate without logging everyone out — a
 * JSON object of numbered passwords, e.g. {"2":"new…","1":"old…"}. The highest number seals new
 * cookies; the others still open cookies sealed before the rotation.
 */
export function parseSessionPasswords(raw: string | undefined): SessionPasswords {
  const value = raw?.trim() ?? ''
  if (value === '') {
    throw new SessionPasswordError(
      'SESSION_PASSWORD is not set. Set it to a random secret of at least ' +
        `${MIN_SESSION_PASSWORD_LENGTH} characters, for example the output of ` +
        '`openssl rand -base64 32`.',
    )
  }

  const passwords = value.startsWith('{') ? parseRotationMap(value) : { '1': value }
  for (const [id, password] of Object.entries(passwords)) {
    if (password.length < MIN_SESSION_PASSWORD_LENGTH) {
      throw new SessionPasswordError(
        `SESSION_PASSWORD${value.startsWith('{') ? ` (entry ${id})` : ''} is too short: ` +
          `it needs at least ${MIN_SESSION_PASSWORD_LENGTH} characters.`,
      )
    }
  }
  return passwords
}

function parseRotationMap(value: string): SessionPasswords {
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    throw new SessionPasswordError(
      `SESSION_PASSWORD starts with "{" but is not valid JSON. Use the form ${ROTATION_EXAMPLE}.`,
    )
  }

  const entries = typeof parsed === 'object' && parsed !== null ? Object.entries(parsed) : []
  const valid = entries.every(([id, pw]) => /^[1-9]\d{0,8}$/.test(id) && typeof pw === 'string')
  if (entries.length === 0 || !valid) {
    throw new SessionPasswordError(
      `SESSION_PASSWORD must map whole-number ids to passwords, like ${ROTATION_EXAMPLE}.`,
    )
  }
  return Object.fromEntries(entries) as SessionPasswords
}
