import fc from 'fast-check'

import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'

import type { RawRequest } from './raw-http'
import { FUZZ_SECRET_PREFIX, type FuzzRoute } from './routes'

export interface FuzzContext {
  port: number
  /** A real session seal from this server, for mutation. */
  seal: string
}

const printableChar = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code))
const pathChar = printableChar.filter((char) => char !== ' ' && char !== '#')
const hexChar = fc.constantFrom(...'0123456789abcdef')

/** The value, or null (left out) — the value with the given probability. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, probability: number): fc.Arbitrary<T | null> {
  const weight = Math.round(probability * 100)
  return fc.oneof({ weight, arbitrary }, { weight: 100 - weight, arbitrary: fc.constant(null) })
}

/** What a header line can carry without the HTTP parser refusing it outright. */
const headerText = (maxLength = 64) => fc.string({ unit: printableChar, maxLength })

/** Any text at all: every code point, lone surrogates and control characters included. */
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength })

/** A fake secret the answers must never repeat, dressed in stray whitespace or junk. */
const markedSecret = (around: fc.Arbitrary<string>) =>
  fc
    .tuple(around, fc.string({ unit: hexChar, minLength: 8, maxLength: 40 }), around)
    .map(([before, marker, after]) => `${before}${FUZZ_SECRET_PREFIX}${marker}${after}`)

const markedBodySecret = markedSecret(anyText(3))
const markedHeaderSecret = markedSecret(headerText(3))

function jsonBody(route: FuzzRoute): fc.Arbitrary<string> {
  const field = route.secretField ?? 'data'
  const secretValue = fc.oneof(
    { weight: 4, arbitrary: markedBodySecret },
    { weight: 2, arbitrary: anyText(300) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  )
  const otherFields = Object.fromEntries(
    Object.entries(route.fields ?? {}).map(([name, valid]) => [
      name,
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...valid) },
        { weight: 1, arbitrary: anyText(80) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
      ),
    ]),
  )
  const shaped = fc
    .tuple(
      fc.record(
        {
          ...otherFields,
          [field]: secretValue,
          remember: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(anyText(12), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
    )
    .map(([fields, extra]) => JSON.stringify({ ...extra, ...fields }))

  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: anyText(200) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 15_000, max: 40_000 })
        .map((size) => JSON.stringify({ [field]: `${FUZZ_SECRET_PREFIX}${'x'.repeat(size)}` })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 8_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
    },
  )
}

function body(route: FuzzRoute): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 8, arbitrary: jsonBody(route).map((text) => new Uint8Array(Buffer.from(text))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array()) },
  )
}

const contentType = sometimes(
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('application/json') },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'application/json; charset=utf-8',
        'Application/JSON',
        'application/json;',
        'application/json; charset=latin1',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/jsonx',
        '',
      ),
    },
    { weight: 1, arbitrary: headerText() },
  ),
  0.9,
)

function sealVariant(seal: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(seal),
    fc
      .tuple(fc.nat({ max: seal.length - 1 }), printableChar)
      .map(([at, char]) => seal.slice(0, at) + char + seal.slice(at + 1)),
    fc.nat({ max: seal.length }).map((length) => seal.slice(0, length)),
    fc.nat({ max: 99 }).map((id) => seal.replace(/^Fe26\.2\*\d+\*/, `Fe26.2*${id}*`)),
    fc.constant(seal + seal),
  )
}

function cookieHeader(seal: string): fc.Arbitrary<string> {
  const name = SESSION_COOKIE_NAME
  return fc.oneof(
    headerText(200),
    sealVariant(seal).map((value) => `${name}=${value}`),
    fc
      .tuple(sealVariant(seal), sealVariant(seal), headerText(100))
      .map(([a, b, c]) => `${name}=${a}; ${name}.1=${b}; ${name}.3=${c}`),
    markedHeaderSecret.map((secret) => `${name}=${secret}`),
    fc.integer({ min: 3_000, max: 12_000 }).map((size) => `${name}=${'A'.repeat(size)}`),
  )
}

function requestHeaders({ port, seal }: FuzzContext) {
  const self = `http://localhost:${port}`
  return fc.record({
    contentType,
    // Mostly this server's own origin, so most requests get past the origin check.
    origin: sometimes(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(self, `http://127.0.0.1:${port}`) },
        { weight: 1, arbitrary: fc.constantFrom('https://evil.example', 'null') },
        { weight: 1, arbitrary: headerText() },
      ),
      0.5,
    ),
    fetchSite: sometimes(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('same-origin', 'none') },
        { weight: 1, arbitrary: fc.constantFrom('same-site', 'cross-site') },
        { weight: 1, arbitrary: headerText(16) },
      ),
      0.5,
    ),
    host: sometimes(
      fc.oneof(fc.constantFrom('evil.example', '[::1]:1', 'localhost:99999', ''), headerText(40)),
      0.1,
    ),
    forwardedFor: sometimes(fc.oneof(fc.ipV4(), headerText()), 0.5),
    forwardedHost: sometimes(headerText(40), 0.15),
    authorization: sometimes(
      markedHeaderSecret.map((secret) => `Bearer ${secret}`),
      0.15,
    ),
    cookies: fc.array(cookieHeader(seal), { maxLength: 3 }),
    expectContinue: sometimes(fc.constant('100-continue'), 0.05),
    chunkedClaim: sometimes(fc.constant('chunked'), 0.03),
  })
}

/**
 * Requests aimed at one route: mostly its own method and path with random headers, cookies and
 * bodies; sometimes another method, an odd path, or a Content-Length that lies.
 */
export function requestFor(route: FuzzRoute, context: FuzzContext): fc.Arbitrary<RawRequest> {
  const method = fc.oneof(
    { weight: 8, arbitrary: fc.constant(route.method) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'GET',
        'HEAD',
        'POST',
        'PUT',
        'PATCH',
        'DELETE',
        'OPTIONS',
        'TRACE',
      ),
    },
  )
  const path = fc.oneof(
    { weight: 8, arbitrary: fc.constant(route.path) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: pathChar, maxLength: 40 }).map((q) => `${route.path}?${q}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(`${route.path}/`, `${route.path}%`, `${route.path}/%zz`),
    },
  )
  const lengthLie = sometimes(
    fc.integer({ min: -50, max: 50 }).filter((n) => n !== 0),
    0.08,
  )

  return fc
    .record({ method, path, body: body(route), headers: requestHeaders(context), lengthLie })
    .map(({ method, path, body, headers, lengthLie }) => {
      const lines: Array<[string, string]> = []
      const add = (name: string, value: string | null) => {
        if (value !== null) lines.push([name, value])
      }
      add('Content-Type', headers.contentType)
      add('Origin', headers.origin)
      add('Sec-Fetch-Site', headers.fetchSite)
      add('Host', headers.host)
      add('X-Forwarded-For', headers.forwardedFor)
      add('X-Forwarded-Host', headers.forwardedHost)
      add('Authorization', headers.authorization)
      for (const cookie of headers.cookies) add('Cookie', cookie)
      add('Expect', headers.expectContinue)
      add('Transfer-Encoding', headers.chunkedClaim)

      const declaredLength = lengthLie === null ? undefined : Math.max(0, body.length + lengthLie)
      return { method, path, headers: lines, body, declaredLength }
    })
}
