import { randomBytes } from 'node:crypto'
import { stripVTControlCharacters } from 'node:util'

import { expect, test } from '@playwright/test'
import fc from 'fast-check'

import { DEMO_USER_APIKEY } from '@/lib/emulator'
import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'

import { EXTRA_PORT } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'
import { requestFor } from './support/fuzz/arbitraries'
import { answerViolations } from './support/fuzz/properties'
import { sendRaw } from './support/fuzz/raw-http'
import { FUZZ_ROUTES } from './support/fuzz/routes'
import { recordSecret } from './support/secrets'

/**
 * Property-based fuzzing of every API route over real HTTP against a production server:
 * random bodies, content types, headers, cookies, methods and lying lengths. FUZZ_RUNS sets
 * the total number of requests (default 3000); FUZZ_SEED replays a failing run.
 */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 3000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const port = EXTRA_PORT.fuzz

let server: ExtraServer
let seal = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  server = await startExtraServer(port, {
    TOKEN_RATE_LIMIT: '100000',
    IAM_TIMEOUT_MS: '3000',
    SESSION_PASSWORD: randomBytes(32).toString('base64url'),
  })

  const response = await fetch(`${server.url}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: DEMO_USER_APIKEY, remember: true }),
  })
  recordSecret('token', ((await response.json()) as { accessToken: string }).accessToken)
  seal = /=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? ''
  expect(seal).toMatch(/^Fe26\.2\*/)
})

test.afterAll(() => server.stop())

for (const route of FUZZ_ROUTES) {
  test(`${route.method} ${route.path} never answers 5xx, a bare error or a secret`, async () => {
    const runs = Math.ceil(TOTAL_RUNS / FUZZ_ROUTES.length)
    test.setTimeout(60_000 + runs * 100)
    const statuses = new Map<number | 'none', number>()
    let answeredByApp = 0

    await fc.assert(
      fc.asyncProperty(requestFor(route, { port, seal }), async (request) => {
        const answer = await sendRaw(port, request)
        const status = answer?.status ?? 'none'
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        if (answer?.headers.has('x-content-type-options')) answeredByApp++
        const problems = answerViolations(request, answer)
        if (problems.length > 0) throw new Error(problems.join('; '))
      }),
      { numRuns: runs, ...(SEED === undefined ? {} : { seed: SEED }) },
    )

    const summary = [...statuses].sort().map(([status, count]) => `${status}×${count}`)
    console.log(`${route.method} ${route.path}: ${runs} requests → ${summary.join(' ')}`)
    // Most requests must get past Node's HTTP parser, or the route itself was never tested.
    expect(answeredByApp).toBeGreaterThan(runs / 2)
  })
}

test('the page treats every damaged or foreign session cookie as "no session"', async () => {
  const signedPart = (cookie: string) => cookie.split('~')[0]
  const printable = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code))
  const damagedSeal = fc
    .oneof(
      fc
        .tuple(fc.nat({ max: seal.length - 1 }), printable)
        .map(([at, char]) => seal.slice(0, at) + char + seal.slice(at + 1)),
      fc.nat({ max: seal.length - 1 }).map((length) => seal.slice(0, length)),
      fc.nat({ max: 99 }).map((id) => seal.replace(/^Fe26\.2\*\d+\*/, `Fe26.2*${id + 2}*`)),
      fc.string({ unit: printable, maxLength: 300 }),
    )
    .filter((cookie) => signedPart(cookie) !== signedPart(seal))

  await fc.assert(
    fc.asyncProperty(damagedSeal, async (cookie) => {
      const page = await fetch(`${server.url}/`, {
        headers: { cookie: `${SESSION_COOKIE_NAME}=${cookie}` },
      })
      expect(page.status).toBe(200)
      expect(page.headers.get('set-cookie')).toBeNull()
      expect(await page.text()).toContain('No token yet')
    }),
    { numRuns: Math.max(50, Math.ceil(TOTAL_RUNS / 20)) },
  )
})

/**
 * Next prints this, with Node's stack, when a connection breaks mid-request: a client hangs up
 * before its body is complete, or sends bytes after it that the HTTP parser rejects (the lying
 * Content-Length cases). When Proxy answered the request itself, Next reports it as an
 * uncaught exception. Either way nobody is left to answer and the server carries on.
 */
const CLIENT_HUNG_UP =
  /(?:⨯ uncaughtException: {2})?Error: aborted\n(?:\s+at .+\n)*\s+at .+ \{\n\s*code: 'ECONNRESET'\n\}\n?/g

test('the fuzzed server stays healthy and logged no unexpected error', async () => {
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200)

  const output = stripVTControlCharacters(server.output())
  expect(output).toContain('"msg":"request"')
  expect(output).not.toContain('"level":"error"')

  // After Next's start-up banner, every line is one of our JSON log records.
  const afterStartup = output.slice(output.indexOf('{"level"')).replace(CLIENT_HUNG_UP, '')
  const unstructured = afterStartup
    .split('\n')
    .filter((line) => line.trim() !== '' && !isJsonRecord(line))
  expect(unstructured).toEqual([])
})

function isJsonRecord(line: string): boolean {
  try {
    return typeof JSON.parse(line) === 'object'
  } catch {
    return false
  }
}
