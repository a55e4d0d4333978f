import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { AnswerTooLargeError, MAX_ANSWER_BYTES, postForm } from '@/lib/iam/form-post'

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void

let server: Server | undefined

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve))
  server?.closeAllConnections()
})

/** A local server that counts the TCP connections it accepts. */
async function serve(handler: Handler) {
  let connections = 0
  server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => handler(request, body, response))
  })
  server.on('connection', () => (connections += 1))
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/identity/token`, connections: () => connections }
}

const signal = () => AbortSignal.timeout(5000)

describe('postForm', () => {
  it('sends the form with its length and returns status, headers and body', async () => {
    const local = await serve((request, body, response) => {
      response.setHeader('Transaction-Id', 'tx-1')
      response.end(JSON.stringify({ body, length: request.headers['content-length'] }))
    })
    const form = new URLSearchParams({ grant_type: 'g', apikey: 'test-only-key' })

    const answer = await postForm(local.url, form, { Accept: 'application/json' }, signal())

    expect(answer.status).toBe(200)
    expect(answer.headers.get('transaction-id')).toBe('tx-1')
    expect(JSON.parse(answer.bodyText)).toEqual({
      body: form.toString(),
      length: String(form.toString().length),
    })
  })

  it('reuses one kept-alive connection for consecutive requests', async () => {
    const local = await serve((_request, _body, response) => response.end('{}'))

    for (let i = 0; i < 5; i++) {
      await postForm(local.url, new URLSearchParams({ i: String(i) }), {}, signal())
    }

    expect(local.connections()).toBe(1)
  })

  it('does not follow a redirect', async () => {
    const local = await serve((_request, _body, response) => {
      response.writeHead(302, { Location: 'http://127.0.0.1:9/elsewhere' }).end()
    })

    const answer = await postForm(local.url, new URLSearchParams(), {}, signal())

    expect(answer.status).toBe(302)
  })

  it('refuses an answer larger than the cap', async () => {
    const local = await serve((_request, _body, response) => {
      response.end('x'.repeat(MAX_ANSWER_BYTES + 1))
    })

    await expect(postForm(local.url, new URLSearchParams(), {}, signal())).rejects.toBeInstanceOf(
      AnswerTooLargeError,
    )
  })

  it('stops waiting when the signal aborts', async () => {
    const local = await serve(() => {
      // Never answers.
    })
    const controller = new AbortController()
    const pending = postForm(local.url, new URLSearchParams(), {}, controller.signal)
    controller.abort()

    await expect(pending).rejects.toThrow(/abort/i)
  })
})
