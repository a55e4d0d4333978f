import { bodyNeverCompletes, type RawRequest, type RawResponse } from './raw-http'
import { FUZZ_SECRET_PREFIX } from './routes'

/**
 * What must hold for every answer, whatever was sent. Returns the broken promises, each as a
 * sentence; an empty list means the answer is fine.
 */
export function answerViolations(request: RawRequest, answer: RawResponse | null): string[] {
  if (answer === null) {
    // A body that never arrives cannot be answered; anything else must be.
    return bodyNeverCompletes(request) ? [] : ['the server closed the connection without answering']
  }

  const problems: string[] = []
  if (answer.status >= 500) problems.push(`status ${answer.status}`)
  if (answer.raw.includes(FUZZ_SECRET_PREFIX))
    problems.push('the answer repeats a submitted secret')
  if (/\n\s+at .+:\d+:\d+/.test(answer.body)) problems.push('the answer contains a stack trace')

  const setsCookie = answer.headers.has('set-cookie')
  if (answer.status >= 400 && setsCookie) problems.push(`a ${answer.status} sets a cookie`)
  if ((request.method === 'GET' || request.method === 'HEAD') && setsCookie) {
    problems.push(`a ${request.method} sets a cookie`)
  }

  // Node's HTTP parser refuses malformed requests before the app sees them, with a bare 400
  // (or 431 for oversized headers); everything the app answers carries its security headers.
  const answeredByApp = answer.headers.has('x-content-type-options')
  if (answeredByApp && answer.status >= 400 && request.method !== 'HEAD') {
    problems.push(...errorBodyProblems(answer))
  }
  return problems
}

function errorBodyProblems(answer: RawResponse): string[] {
  const type = answer.headers.get('content-type')?.[0] ?? ''
  if (!type.startsWith('application/json')) return [`a ${answer.status} is ${type || 'untyped'}`]

  let body: unknown
  try {
    body = JSON.parse(answer.body)
  } catch {
    return [`a ${answer.status} has a body that is not JSON`]
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error
  if (typeof error?.code !== 'string') return [`a ${answer.status} has no error.code`]
  if (typeof error.message !== 'string' || !/^\S.{9,}[.!?]$/s.test(error.message)) {
    return [`a ${answer.status} (${error.code}) has no sentence in error.message`]
  }
  return []
}
