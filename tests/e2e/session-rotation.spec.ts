import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'
import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'

import { EXTRA_PORT } from './support/env'
import { startExtraServer } from './support/extra-server'
import { recordSecret } from './support/secrets'

const OLD_PASSWORD = randomBytes(32).toString('base64url')
const NEW_PASSWORD = randomBytes(32).toString('base64url')

interface SessionBody {
  token: { accessToken: string } | null
  keyRemembered: boolean
}

/** Runs `use` against a fresh production server with this SESSION_PASSWORD, then stops it. */
async function withServer<T>(port: number, password: string, run: (url: string) => Promise<T>) {
  const server = await startExtraServer(port, { SESSION_PASSWORD: password })
  try {
    return await run(server.url)
  } finally {
    await server.stop()
  }
}

async function getTokenSeal(url: string): Promise<{ seal: string; accessToken: string }> {
  const response = await fetch(`${url}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: DEMO_USER_APIKEY, remember: true }),
  })
  expect(response.status).toBe(200)
  const { accessToken } = (await response.json()) as { accessToken: string }
  recordSecret('token', accessToken)
  const seal = new RegExp(`^${SESSION_COOKIE_NAME}=([^;]+)`).exec(
    response.headers.get('set-cookie') ?? '',
  )?.[1]
  if (!seal) throw new Error('no session cookie in the answer')
  return { seal, accessToken }
}

async function readSession(url: string, seal: string): Promise<SessionBody> {
  const response = await fetch(`${url}/api/session`, {
    headers: { cookie: `${SESSION_COOKIE_NAME}=${seal}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as SessionBody
}

test('after a password rotation, old sessions still open and new ones are sealed with the new password', async () => {
  const before = await withServer(EXTRA_PORT.rotationBefore, OLD_PASSWORD, getTokenSeal)
  expect(before.seal).toMatch(/^Fe26\.2\*1\*/)

  const rotation = JSON.stringify({ '2': NEW_PASSWORD, '1': OLD_PASSWORD })
  await withServer(EXTRA_PORT.rotationAfter, rotation, async (url) => {
    const session = await readSession(url, before.seal)
    expect(session.token?.accessToken).toBe(before.accessToken)
    expect(session.keyRemembered).toBe(true)

    const after = await getTokenSeal(url)
    expect(after.seal).toMatch(/^Fe26\.2\*2\*/)
    expect((await readSession(url, after.seal)).token?.accessToken).toBe(after.accessToken)
  })
})

test('once the old password is removed, its sessions are simply "no session"', async () => {
  const old = await withServer(EXTRA_PORT.rotationBefore, OLD_PASSWORD, getTokenSeal)

  await withServer(EXTRA_PORT.rotationAfter, JSON.stringify({ '2': NEW_PASSWORD }), async (url) => {
    expect(await readSession(url, old.seal)).toMatchObject({ token: null, keyRemembered: false })

    const page = await fetch(`${url}/`, {
      headers: { cookie: `${SESSION_COOKIE_NAME}=${old.seal}` },
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('No token yet')
  })
})
