import { describe, expect, it } from 'vitest'

import { MAX_BODY_BYTES, readJsonBody } from '@/lib/http/json-body'
import { appErrorFrom } from '../support/app-error'

function request(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // Needed by Node's Request for stream bodies.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
}

describe('readJsonBody', () => {
  it('parses a JSON object', async () => {
    await expect(readJsonBody(request('{"apikey":"x"}'))).resolves.toEqual({ apikey: 'x' })
  })

  it('accepts a charset parameter', async () => {
    const body = request('{}', { 'content-type': 'application/json; charset=utf-8' })
    await expect(readJsonBody(body)).resolves.toEqual({})
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', '', 'application/jsonx'])(
    'answers 415 for content type %j',
    async (type) => {
      const error = await appErrorFrom(readJsonBody(request('{}', { 'content-type': type })))
      expect(error.status).toBe(415)
      expect(error.message).toMatch(/Content-Type: application\/json/)
    },
  )

  it('answers 413 when Content-Length announces too much', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1)
    const error = await appErrorFrom(readJsonBody(request(JSON.stringify({ apikey: big }))))
    expect(error.status).toBe(413)
  })

  it('answers 413 for a streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(4096))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const error = await appErrorFrom(readJsonBody(request(stream)))
    expect(error.status).toBe(413)
  })

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['{"apikey":', /not valid JSON/],
    ['undefined', /not valid JSON/],
  ])('answers 400 for body %j', async (body, message) => {
    const error = await appErrorFrom(readJsonBody(request(body)))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
  })

  it('answers 400 for bytes that are not UTF-8', async () => {
    const error = await appErrorFrom(
      readJsonBody(request(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))),
    )
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/UTF-8/)
  })
})

describe('readJsonBody with a broken stream', () => {
  it('answers 400 when the client hangs up mid-body', async () => {
    let pulls = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(new TextEncoder().encode('{"apikey":'))
        else controller.error(new Error('aborted'))
      },
    })
    const error = await appErrorFrom(readJsonBody(request(stream)))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/ended before it was complete/)
  })
})
