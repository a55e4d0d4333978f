import 'server-only'

import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

/** A token answer is ~2–3 KB; anything near this is not IAM talking. */
export const MAX_ANSWER_BYTES = 1024 * 1024

export interface FormAnswer {
  status: number
  headers: Headers
  bodyText: string
}

export class AnswerTooLargeError extends Error {
  override name = 'AnswerTooLargeError'
}

interface Agents {
  http: HttpAgent
  https: HttpsAgent
}

// One keep-alive pool per process, shared by every copy of this module Next bundles: a token
// request then costs no TCP or TLS handshake with IAM. Idle sockets close after 4 s, before
// common server keep-alive timeouts (5 s), so a request rarely meets a socket the server closed;
// the client's single retry covers the rest.
const registry = globalThis as typeof globalThis & { __iamwbIamAgents?: Agents }
const agents = (registry.__iamwbIamAgents ??= {
  http: new HttpAgent({ keepAlive: true, timeout: 4000 }),
  https: new HttpsAgent({ keepAlive: true, timeout: 4000 }),
})

/**
 * POSTs a form and reads the whole answer. node:http rather than fetch: on this hot path fetch
 * cost about 0.9 ms more CPU per call (web streams, Request/Response objects, and Next.js's fetch
 * instrumentation), and the pool here is explicit. Never follows redirects.
 */
export function postForm(
  url: string,
  form: URLSearchParams,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<FormAnswer> {
  const body = form.toString()
  const isHttps = url.startsWith('https:')
  const send = isHttps ? httpsRequest : httpRequest

  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        agent: isHttps ? agents.https : agents.http,
        signal,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (response) => readAnswer(response).then(resolve, reject),
    )
    request.on('error', reject)
    request.end(body)
  })
}

function readAnswer(response: IncomingMessage): Promise<FormAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > MAX_ANSWER_BYTES) {
        response.destroy(new AnswerTooLargeError(`More than ${MAX_ANSWER_BYTES} bytes.`))
        return
      }
      chunks.push(chunk)
    })
    response.on('error', reject)
    response.on('end', () => {
      resolve({
        status: response.statusCode ?? 0,
        headers: toHeaders(response.headers),
        bodyText: Buffer.concat(chunks).toString('utf8'),
      })
    })
  })
}

function toHeaders(raw: IncomingMessage['headers']): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}
