// The IAM token request (iam-facts §1.1–1.2), described once for every target. The API key is
// only ever a reference to IBMCLOUD_API_KEY: the engine has no parameter that could carry one.
import { normalizeBaseUrl } from './base-url'
import { env, text } from './types'
import type { HttpRequest } from './types'

/** IBM Cloud's public IAM endpoint. */
export const DEFAULT_IAM_URL = 'https://iam.cloud.ibm.com'

export const APIKEY_GRANT_TYPE = 'urn:ibm:params:oauth:grant-type:apikey'

/** `POST <iamUrl>/identity/token`; a configured URL that already ends in the path is accepted. */
export function tokenRequest(iamUrl: string = DEFAULT_IAM_URL): HttpRequest {
  const base = normalizeBaseUrl(iamUrl, 'IAM URL').replace(/\/identity\/token$/, '')
  return {
    method: 'POST',
    url: [text(`${base}/identity/token`)],
    headers: [
      { name: 'Content-Type', value: [text('application/x-www-form-urlencoded')] },
      { name: 'Accept', value: [text('application/json')] },
    ],
    body: {
      kind: 'form',
      fields: [
        { name: 'grant_type', value: [text(APIKEY_GRANT_TYPE)] },
        { name: 'apikey', value: [env('IBMCLOUD_API_KEY')] },
      ],
    },
    timeoutSeconds: 30,
  }
}
