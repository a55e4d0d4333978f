// Step 2's explanation of IAM's token response, field by field, in IAM's own names and the order
// of IBM's documented example (iam-facts §1.4, §1.5).
import { REFRESH_TOKEN_NOT_KEPT, type IamResponseFields } from '@/lib/iam/iam-response'
import { formatUtc } from '@/lib/time/format'

export interface ExplainedField {
  name: string
  /** The value as JSON text, as IAM sent it. */
  value: string
  meaning: string
}

export const ACCESS_TOKEN_MEANING =
  'The token itself: a signed JWT of about 1.4 KB. Send it as Authorization: Bearer ' +
  '<access_token>. Whoever holds it can act as you until it expires, so guard it too.'

const REFRESH_MEANINGS: Record<NonNullable<IamResponseFields['refresh_token']>, string> = {
  not_supported:
    'There is no usable refresh token. You called IAM as its "default" client (no client ID and ' +
    'secret), and for an API key IAM does not need one: you hold the key, and exchanging the key ' +
    'again is how you get a new token.',
  [REFRESH_TOKEN_NOT_KEPT]:
    'IAM sent a real refresh token, because client credentials were used. It is a credential, so ' +
    'the workbench neither keeps nor shows it.',
}

/** The fields after access_token, explained; fields IAM did not send are left out. */
export function explainIamResponse(fields: IamResponseFields): ExplainedField[] {
  const explained: ExplainedField[] = []
  const add = (name: string, value: unknown, meaning: string) =>
    explained.push({ name, value: JSON.stringify(value), meaning })

  if (fields.refresh_token !== undefined) {
    add('refresh_token', fields.refresh_token, REFRESH_MEANINGS[fields.refresh_token])
  }
  if (fields.ims_user_id !== undefined) {
    add(
      'ims_user_id',
      fields.ims_user_id,
      'Your user id in classic infrastructure, as a number. Only users linked to classic ' +
        'infrastructure have one; service IDs never do.',
    )
  }
  add(
    'token_type',
    fields.token_type,
    'How to present the token: in the Authorization header, after the word Bearer.',
  )
  add('expires_in', fields.expires_in, describeLifetime(fields.expires_in))
  add(
    'expiration',
    fields.expiration,
    `When the token expires, in Unix seconds by IAM's clock: ${formatUtc(fields.expiration * 1000)}. ` +
      "IBM's SDKs stop using a token 10 seconds before this.",
  )
  if (fields.scope !== undefined) {
    add(
      'scope',
      fields.scope,
      'The standard scope of IBM Cloud tokens. What you may do with the token is decided by your ' +
        'IAM access policies, not by this.',
    )
  }
  return explained
}

function describeLifetime(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  const length = seconds === 3600 ? 'one hour' : `${minutes} minutes`
  return (
    `The lifetime in seconds: ${seconds} is ${length}, counted from when the answer arrives. ` +
    'An hour is the most IAM gives; an account can set it shorter.'
  )
}
