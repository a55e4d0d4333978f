import 'server-only'

import { sealData, unsealData } from 'iron-session'
import { cookies } from 'next/headers'

import { getConfig } from '@/lib/config'
import type { SessionPasswords } from '@/lib/config/session-passwords'

import { SESSION_COOKIE_NAME } from './cookie-name'
import { MAX_CHUNKS, chunkName, joinChunks, splitIntoChunks } from './cookie-chunks'
import { sessionDataSchema, type SessionData } from './session-data'

/** A seal older than this no longer opens, whatever the browser keeps. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60

/**
 * The cookie has no Max-Age: it is a browser-session cookie, so a remembered key is forgotten
 * when the browser session ends, and at the latest when the seal expires.
 */
function cookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: process.env.NODE_ENV === 'production',
    path: '/',
  }
}

/**
 * Opens the session cookie. Anything that is not a valid seal of our own session shape — missing,
 * tampered, truncated, expired, sealed with an unknown password, or from another app — is simply
 * "no session", never an error.
 */
export async function readSession(): Promise<SessionData> {
  const jar = await cookies()
  const sealed = joinChunks(SESSION_COOKIE_NAME, (name) => jar.get(name)?.value)
  if (!sealed) return {}
  return openSeal(sealed)
}

export async function openSeal(
  sealed: string,
  passwords: SessionPasswords = getConfig().sessionPasswords,
): Promise<SessionData> {
  try {
    const data = await unsealData<unknown>(sealed, {
      password: passwords,
      ttl: SESSION_TTL_SECONDS,
    })
    const parsed = sessionDataSchema.safeParse(data)
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

export async function sealSession(
  data: SessionData,
  passwords: SessionPasswords = getConfig().sessionPasswords,
): Promise<string> {
  return sealData(data, { password: passwords, ttl: SESSION_TTL_SECONDS })
}

export async function writeSession(data: SessionData): Promise<void> {
  const chunks = splitIntoChunks(await sealSession(data))
  const jar = await cookies()
  chunks.forEach((chunk, index) => {
    jar.set(chunkName(SESSION_COOKIE_NAME, index), chunk, cookieOptions())
  })
  expireChunksFrom(jar, chunks.length)
}

export async function clearSession(): Promise<void> {
  expireChunksFrom(await cookies(), 0)
}

type CookieJar = Awaited<ReturnType<typeof cookies>>

/** Expires chunk `from` and every later one the browser sent, so no stale piece lingers. */
function expireChunksFrom(jar: CookieJar, from: number): void {
  for (let index = from; index < MAX_CHUNKS; index++) {
    const name = chunkName(SESSION_COOKIE_NAME, index)
    if (index === 0 || jar.has(name)) jar.set(name, '', { ...cookieOptions(), maxAge: 0 })
  }
}
