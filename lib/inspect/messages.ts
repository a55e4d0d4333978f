import type { RecognitionProblem } from './recognize'
import type { InputKind } from './types'

/** Sentences of "Inspect a token". Safe for client code; none of them repeats the input. */

export const KIND_LABELS: Record<InputKind, string> = {
  jwt: 'An access token (JWT)',
  bearer_header: 'An Authorization header value (Bearer …)',
  cli_text: 'Output of ibmcloud iam oauth-tokens',
  cli_json: 'Output of ibmcloud iam oauth-tokens --output json',
  token_response: "IAM's token response (JSON from POST /identity/token)",
}

export const APIKEY_PASTED_MESSAGE =
  'This looks like an API key, not a token. Use the "Get a token" form to exchange it for one. ' +
  'It was not sent to IAM or stored.'

export const RECOGNITION_MESSAGES: Record<RecognitionProblem, string> = {
  empty: 'Paste a token first: the field is empty.',
  apikey: APIKEY_PASTED_MESSAGE,
  no_token:
    'No access token found. Paste a token (it starts with eyJ), a "Bearer …" header, or the ' +
    'output of ibmcloud iam oauth-tokens.',
  several_tokens: 'The text holds more than one token. Paste just the one you want to inspect.',
  json_without_token:
    'This JSON holds no token: it has neither "access_token" (an IAM token response) nor ' +
    '"iam_token" (ibmcloud iam oauth-tokens --output json).',
  unreadable_json:
    'This starts like JSON but cannot be read as JSON. Copy it again in full, or paste just ' +
    'the token.',
  encrypted:
    'This is an encrypted token (JWE). IAM access tokens are signed, not encrypted, so it did ' +
    'not come from IAM and cannot be read here.',
}

export const UNREADABLE_TOKEN_MESSAGE =
  'This looks like a token, but its header or claims cannot be read; it may be cut off. Copy ' +
  'it again in full.'

export const ADOPT_REFUSED_PREFIX = 'This token was not adopted.'

export const NO_REMEMBERED_KEY_MESSAGE =
  'No API key is remembered in this session. Paste the key to look up who owns it; it is used ' +
  'for this one lookup and not kept.'
