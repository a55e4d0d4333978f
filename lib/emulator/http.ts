// Small node:http helpers shared by every surface of the emulator.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** Large enough for any token or Spark request; anything bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 1024 * 1024

export class BodyTooLargeError extends Error {
  constructor() {
    super(`IAM emulator: the request body is larger than ${MAX_BODY_BYTES} bytes.`)
  }
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError()
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** An empty body reads as `{ ok: true, value: undefined }`. */
export type JsonBody = { ok: true; value: unknown } | { ok: false }

export async function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  const text = (await readBody(req)).toString('utf8').trim()
  if (text === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const payload = Buffer.from(JSON.stringify(body))
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': payload.length,
  })
  res.end(payload)
}

export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string,
  headers: OutgoingHttpHeaders = {},
): void {
  const payload = Buffer.from(text)
  res.writeHead(status, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': payload.length,
  })
  res.end(payload)
}

export function sendEmpty(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}) {
  res.writeHead(status, headers)
  res.end()
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value)
}
