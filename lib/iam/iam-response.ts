import type { IamTokenAnswer } from './iam-answer'

/** Stands in for a real refresh token: its value is a credential and is never kept or shown. */
export const REFRESH_TOKEN_NOT_KEPT = '(present, not kept)'

/**
 * What IAM's token response said besides the access token, in IAM's own field names, for
 * explaining the answer (iam-facts §1.5). Nothing here is a secret: a real refresh token is
 * replaced by a placeholder, and only the literal `"not_supported"` is passed on verbatim.
 * Safe to import from client code: types and constants only.
 */
export interface IamResponseFields {
  token_type: string
  expires_in: number
  /** Unix seconds, in IAM's clock. */
  expiration: number
  scope?: string
  refresh_token?: 'not_supported' | typeof REFRESH_TOKEN_NOT_KEPT
  /** Present for users linked to classic infrastructure; an integer here, a string in the JWT. */
  ims_user_id?: number
}

export function toIamResponseFields(answer: IamTokenAnswer): IamResponseFields {
  const { refresh_token: refreshToken, scope, ims_user_id: imsUserId } = answer
  return {
    token_type: answer.token_type,
    expires_in: answer.expires_in,
    expiration: answer.expiration,
    ...(scope === undefined ? {} : { scope }),
    ...(refreshToken === undefined
      ? {}
      : {
          refresh_token:
            refreshToken === 'not_supported' ? 'not_supported' : REFRESH_TOKEN_NOT_KEPT,
        }),
    ...(imsUserId === undefined ? {} : { ims_user_id: imsUserId }),
  }
}
