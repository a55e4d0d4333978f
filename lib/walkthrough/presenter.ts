// Presenter mode: for projectors and recordings, nothing on screen may be usable as a credential.

export const PRESENTER_STORAGE_KEY = 'iamwb.walkthrough.presenter'
export const PRESENTER_CHOICES = ['on', 'off'] as const
export type PresenterChoice = (typeof PRESENTER_CHOICES)[number]

/** `?presenter=1` turns it on, `?presenter=0` off; anything else leaves the stored choice. */
export function presenterFromQuery(value: string | string[] | undefined): PresenterChoice | null {
  const first = Array.isArray(value) ? value[0] : value
  if (first === undefined) return null
  if (['1', 'true', 'on', 'yes'].includes(first.toLowerCase())) return 'on'
  if (['0', 'false', 'off', 'no'].includes(first.toLowerCase())) return 'off'
  return null
}

/** A JWT anywhere in text: header and payload are base64url JSON objects, so both start eyJ. */
const JWT_IN_TEXT = /eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*/g

/** `text` with every JWT in it replaced by `mask(jwt)`; the rest (labels, "Bearer ") stays. */
export function maskTokensInText(text: string, mask: (token: string) => string): string {
  return text.replace(JWT_IN_TEXT, (token) => mask(token))
}

/** Field names whose values are credentials or parts of one, in any API's JSON. */
const SECRET_FIELD = /token|key|secret|password|credential/i
const MASKED_VALUE = '••••••••'

/**
 * A copy of a JSON value with the string values of credential-like fields (hmac_access_key,
 * password…) masked, and any JWT inside other strings masked too.
 */
export function maskSecretsInJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecretsInJson)
  if (typeof value === 'string') return maskTokensInText(value, () => MASKED_VALUE)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name,
      SECRET_FIELD.test(name) && typeof inner === 'string'
        ? MASKED_VALUE
        : maskSecretsInJson(inner),
    ]),
  )
}
