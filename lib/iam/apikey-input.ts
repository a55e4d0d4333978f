import { AppError } from '@/lib/http/app-error'

/** IBM Cloud API keys are 44 characters; 256 leaves room for other IAM-compatible services. */
export const MAX_APIKEY_LENGTH = 256

// Control characters (C0, DEL, C1) never occur in a key; they mean a bad paste.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/

const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/

export interface TokenRequest {
  apikey: string
  remember: boolean
}

/** Validates the body of POST /api/token. Messages never repeat the input. */
export function parseTokenRequest(body: unknown): TokenRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('Send a JSON object like {"apikey": "…"}.')
  }

  const { apikey, remember } = body as Record<string, unknown>
  if (remember !== undefined && typeof remember !== 'boolean') {
    throw new AppError('invalid_request', 400, '"remember" must be true or false.')
  }
  return { apikey: parseApiKey(apikey), remember: remember ?? false }
}

/**
 * Checks what the user pasted before it goes anywhere near IAM. Surrounding whitespace (a
 * trailing newline from a copy) is forgiven; everything else that cannot be a key is a 400 with
 * a sentence saying what is wrong.
 */
export function parseApiKey(input: unknown): string {
  if (input === undefined || input === null) {
    throw invalid('Enter an API key: the "apikey" field is missing.')
  }
  if (typeof input !== 'string') {
    throw invalid('The API key must be text (a JSON string).')
  }

  const key = input.trim()
  if (key === '') throw invalid('Enter an API key: the field is empty.')
  if (looksLikeToken(key)) {
    throw new AppError(
      'token_not_key',
      400,
      'This is an access token, not an API key. Paste the API key itself (IBM Cloud → Manage → ' +
        'Access (IAM) → API keys), or use "Inspect a token" to look at a token you already have.',
    )
  }
  if (key.length > MAX_APIKEY_LENGTH) {
    throw invalid(
      `That is ${key.length} characters long; an API key is at most ${MAX_APIKEY_LENGTH}. ` +
        'Check that you copied only the key.',
    )
  }
  if (CONTROL_CHARACTERS.test(key)) {
    throw invalid(
      'The API key contains control characters (such as tabs or line breaks). Copy the key again.',
    )
  }
  return key
}

/** `Bearer …`, or a JWT even when a paste split it over lines. */
function looksLikeToken(text: string): boolean {
  return /^bearer\s/i.test(text) || JWT_SHAPE.test(text.replace(/\s+/g, ''))
}

function invalid(message: string): AppError {
  return new AppError('invalid_apikey', 400, message)
}
