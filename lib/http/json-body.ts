import { AppError } from './app-error'
import { readCapped, type CappedRead } from './read-capped'

/** Every JSON endpoint takes at most this much; a token or key is a few kilobytes at most. */
export const MAX_BODY_BYTES = 16 * 1024

/**
 * Reads a JSON request body, enforcing content type and size before parsing. The size limit is
 * checked against Content-Length and again while streaming, since the header can lie or be absent.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new AppError(
      'unsupported_media_type',
      415,
      'Send the request body as JSON, with the header Content-Type: application/json.',
    )
  }

  const declaredLength = Number(request.headers.get('content-length') ?? '0')
  if (declaredLength > maxBytes) throw tooLarge(maxBytes)

  const bytes = await readAtMost(request, maxBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('invalid_request', 400, 'The request body is not valid UTF-8 text.')
  }

  if (text.trim() === '') {
    throw new AppError('invalid_request', 400, 'The request body is empty; send a JSON object.')
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new AppError('invalid_request', 400, 'The request body is not valid JSON.')
  }
}

/** A client that hangs up mid-body (or sends less than it announced) is its own problem. */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
  let read: CappedRead
  try {
    read = await readCapped(request.body, maxBytes)
  } catch {
    throw new AppError(
      'invalid_request',
      400,
      'The request body ended before it was complete. Send the whole body again.',
    )
  }
  if (read.truncated) throw tooLarge(maxBytes)
  return read.bytes
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    'payload_too_large',
    413,
    `The request body is larger than ${maxBytes / 1024} KB, which is more than any key or ` +
      'token needs.',
  )
}
