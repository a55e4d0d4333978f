// A tiny HTTP server that records what a snippet sent, to check encoding precisely (the emulator
// only says whether a key is known, not what it received).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CapturedRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface CaptureServer {
  url: string
  requests: CapturedRequest[]
  close(): Promise<void>
}

/** Answers every request with a token-shaped JSON body, so capture snippets also succeed. */
export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CapturedRequest[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body })
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ access_token: 'captured.token.value', expiration: 2000000000 }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Awkward API key values: form-encoding must carry them over byte for byte. */
export const AWKWARD_KEYS = ['a+b/c=d&apikey=x y%20z', 'ünï-cødé_Key', 'quote\'"`$(x)!']
