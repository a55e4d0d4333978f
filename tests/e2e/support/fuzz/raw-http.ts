import net from 'node:net'

/** A request written byte for byte, so headers, lengths and bodies can be anything at all. */
export interface RawRequest {
  method: string
  path: string
  /** Sent in order, duplicates allowed; `Host` and `Connection: close` are added unless given. */
  headers: Array<[string, string]>
  body: Uint8Array
  /** Announce this Content-Length instead of the body's real length (a lie). */
  declaredLength?: number
}

export interface RawResponse {
  status: number
  /** Lower-cased names; repeated headers (Set-Cookie) keep every value. */
  headers: Map<string, string[]>
  body: string
  raw: string
}

const TIMEOUT_MS = 10_000

/**
 * True when the server can never read the whole body: less than the announced length, or a
 * chunked body claimed without Content-Length and never terminated. Such a request cannot be
 * answered; the server sees the client hang up instead.
 */
export function bodyNeverCompletes(request: RawRequest): boolean {
  const names = request.headers.map(([name]) => name.toLowerCase())
  const declared = request.declaredLength ?? request.body.length
  const chunkedOnly = names.includes('transfer-encoding') && declared === 0
  return declared > request.body.length || chunkedOnly
}

/**
 * Sends one request on a fresh connection and reads until the server closes it. Answers null
 * when the server closed without answering (as it must when a body never arrives).
 */
export function sendRaw(port: number, request: RawRequest): Promise<RawResponse | null> {
  const head = [`${request.method} ${request.path} HTTP/1.1`]
  const names = new Set(request.headers.map(([name]) => name.toLowerCase()))
  if (!names.has('host')) head.push(`Host: localhost:${port}`)
  for (const [name, value] of request.headers) head.push(`${name}: ${value}`)
  if (request.body.length > 0 || request.declaredLength !== undefined) {
    head.push(`Content-Length: ${request.declaredLength ?? request.body.length}`)
  }
  head.push('Connection: close', '', '')
  const bytes = Buffer.concat([Buffer.from(head.join('\r\n'), 'latin1'), request.body])

  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.setTimeout(TIMEOUT_MS, () => {
      socket.destroy()
      reject(new Error(`no answer within ${TIMEOUT_MS} ms to ${request.method} ${request.path}`))
    })
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', () => resolve(parse(Buffer.concat(chunks))))
    socket.on('close', () => resolve(parse(Buffer.concat(chunks))))
    // A body that cannot complete would keep the server waiting: hang up after it, as a broken
    // client would. Otherwise keep the write side open, or the server drops the request.
    if (bodyNeverCompletes(request)) socket.end(bytes)
    else socket.write(bytes)
  })
}

function parse(data: Buffer): RawResponse | null {
  if (data.length === 0) return null
  // Interim answers (100 Continue to `Expect`) come first; the real one follows.
  while (/^HTTP\/1\.[01] 1\d\d /.test(data.toString('latin1', 0, 13))) {
    const end = data.indexOf('\r\n\r\n')
    if (end < 0) break
    data = data.subarray(end + 4)
  }
  if (data.length === 0) return null
  const raw = data.toString('latin1')
  const headEnd = raw.indexOf('\r\n\r\n')
  if (headEnd < 0) throw new Error(`malformed answer: ${raw.slice(0, 200)}`)

  const [statusLine = '', ...headerLines] = raw.slice(0, headEnd).split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1])
  if (!Number.isInteger(status)) throw new Error(`malformed status line: ${statusLine}`)

  const headers = new Map<string, string[]>()
  for (const line of headerLines) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()])
  }

  let body = data.subarray(Buffer.byteLength(raw.slice(0, headEnd + 4), 'latin1'))
  if (headers.get('transfer-encoding')?.includes('chunked')) body = dechunk(body)
  return { status, headers, body: body.toString('utf8'), raw }
}

/** Undoes `Transfer-Encoding: chunked`: size line, data, CRLF, until a zero-size chunk. */
function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset)
    if (lineEnd < 0) break
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16)
    if (!Number.isFinite(size) || size === 0) break
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}
