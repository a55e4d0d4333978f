import type { IamResponseFields } from './iam-response'

/** A token IAM issued, as the server keeps it. Times are in the server's clock. */
export interface IamToken {
  accessToken: string
  tokenType: string
  expiresInSeconds: number
  /** IAM's own `expiration`, Unix seconds in IAM's clock. */
  expirationSeconds: number
  scope: string | undefined
  /** When the answer arrived (epoch ms); the deadline counts from here. */
  receivedAtMs: number
  iamRequestId: string | undefined
  /** IAM's answer without the access token, for showing it; never stored in the session. */
  iamResponse: IamResponseFields
}
