import 'server-only'

import { AppError } from '@/lib/http/app-error'
import { exchangeWithConfiguredIam } from '@/lib/iam/client'
import { readSession, writeSession } from '@/lib/session/cookie-session'

import { freshTokenView, toStoredToken, type ObtainedToken } from './get-token'

/**
 * Gets a fresh token with the key remembered in the session. IAM's API-key grant gives no usable
 * refresh token (`"not_supported"`), so the key is the only way to a new token.
 *
 * When IAM rejects the remembered key it is of no further use: it is dropped from the session
 * (the current token stays) and the answer says so, so auto-renew stops instead of retrying.
 */
export async function renewWithRememberedKey(): Promise<ObtainedToken> {
  const session = await readSession()
  if (!session.apikey) {
    throw new AppError(
      'no_remembered_key',
      409,
      'No API key is remembered in this session, so the token cannot be renewed here. Get a ' +
        'new token with your key, and tick "Remember my key for renewal" to renew later.',
    )
  }

  try {
    const { token, retried } = await exchangeWithConfiguredIam(session.apikey)
    const stored = toStoredToken(token)
    await writeSession({ token: stored, apikey: session.apikey })
    return { view: freshTokenView(token, stored), iamRequestId: token.iamRequestId, retried }
  } catch (error) {
    if (error instanceof AppError && error.code === 'apikey_rejected') {
      await writeSession(session.token ? { token: session.token } : {})
      throw new AppError(
        'apikey_rejected',
        401,
        `${error.message} The remembered key has been forgotten; get a new token with a valid key.`,
        { iamErrorCode: error.iamErrorCode, iamRequestId: error.iamRequestId },
      )
    }
    throw error
  }
}
