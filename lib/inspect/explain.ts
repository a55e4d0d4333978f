import { formatUtc } from '@/lib/time/format'
import { IDENTITY_LABELS, identityKindOf, type IdentityKind } from '@/lib/tokens/claims'

import type { IbmClaimName, IbmClaims } from './claims-schema'
import type { ExplainedClaim, IdentitySummary } from './types'

/** IBM's claims in plain words (iam-facts §3.2). Pure; the words are the workbench's own. */

const IDENTITY_DESCRIPTIONS: Record<IdentityKind, string> = {
  user: 'A person who signs in with an IBMid.',
  serviceId: 'An identity for an application, script or pipeline, not for a person.',
  profile: 'A trusted profile: an identity that compute resources or federated users take on.',
  crn: 'A cloud resource (such as a virtual server or a Code Engine app), named by its CRN.',
  unknown: 'The token does not say what kind of identity it belongs to.',
}

export const GRANT_TYPE_NAMES: Record<string, string> = {
  'urn:ibm:params:oauth:grant-type:apikey': 'API key',
  refresh_token: 'Refresh token',
  'urn:ibm:params:oauth:grant-type:passcode': 'One-time passcode (ibmcloud login --sso)',
  password: 'User name and password',
  'urn:ibm:params:oauth:grant-type:iam-authz': 'Service-to-service authorization',
  'urn:ibm:params:oauth:grant-type:cr-token': 'Compute resource token (trusted profile)',
  'urn:ibm:params:oauth:grant-type:assume': 'Trusted profile, assumed with another token',
  authorization_code: 'Authorization code (browser sign-in)',
}

const REALM_MEANINGS: Record<string, string> = {
  IBMid: 'IBMid: the identity signs in with an IBMid, so it is a person.',
  iam: 'iam: an identity IAM manages itself, such as a service ID or a trusted profile.',
  crn: 'crn: a cloud resource.',
}

const SUB_TYPE_MEANINGS: Record<string, string> = {
  ServiceId: 'ServiceId: the subject is a service ID.',
  Profile: 'Profile: the subject is a trusted profile.',
  CRN: 'CRN: the subject is a cloud resource.',
}

const ACR_MEANINGS: Record<number, string> = {
  0: 'service to service, no person involved',
  1: 'password or API key',
  3: 'multi-factor authentication',
}

const CLIENT_MEANINGS: Record<string, string> = {
  default:
    'default: the request sent no client credentials (IBM SDKs, curl, this workbench). Such ' +
    'tokens come without a usable refresh token; ask again with the key instead.',
  bx: 'bx: the IBM Cloud CLI asked for this token.',
}

type Explainer = (claims: IbmClaims) => { label: string; value: string; meaning: string }

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

const EXPLAINERS: Record<IbmClaimName, Explainer> = {
  iam_id: (c) => ({
    label: 'IAM ID',
    value: text(c.iam_id),
    meaning:
      "IAM's unique ID for this identity: IBMid-… for a user, iam-ServiceId-… for a service " +
      'ID, iam-Profile-… for a trusted profile, crn-… for a cloud resource.',
  }),
  id: (c) => ({ label: 'ID', value: text(c.id), meaning: 'The IAM ID again; IAM sends both.' }),
  realmid: (c) => ({
    label: 'Realm',
    value: text(c.realmid),
    meaning: REALM_MEANINGS[c.realmid ?? ''] ?? 'Where the identity is managed.',
  }),
  jti: (c) => ({ label: 'Token ID', value: text(c.jti), meaning: 'A unique ID of this token.' }),
  identifier: (c) => ({
    label: 'Identifier',
    value: text(c.identifier),
    meaning: "The identity's ID without IAM's prefix.",
  }),
  name: (c) => ({
    label: 'Name',
    value: text(c.name),
    meaning: 'The display name of the user, service ID or profile.',
  }),
  given_name: (c) => ({ label: 'Given name', value: text(c.given_name), meaning: 'First name.' }),
  family_name: (c) => ({
    label: 'Family name',
    value: text(c.family_name),
    meaning: 'Last name.',
  }),
  email: (c) => ({ label: 'Email', value: text(c.email), meaning: "The user's email address." }),
  sub: (c) => ({
    label: 'Subject',
    value: text(c.sub),
    meaning: "Who the token speaks for: a user's email, or the ServiceId-… / Profile-… identifier.",
  }),
  sub_type: (c) => ({
    label: 'Subject type',
    value: text(c.sub_type),
    meaning: SUB_TYPE_MEANINGS[c.sub_type ?? ''] ?? 'What kind of identity the subject is.',
  }),
  authn: (c) => ({
    label: 'Authenticated as',
    value: text(c.authn?.name ?? c.authn?.iam_id ?? c.authn?.sub ?? c.authn),
    meaning:
      'Who proved their identity to get this token. It differs from the subject when a trusted ' +
      'profile was taken on, for example by a compute resource.',
  }),
  account: (c) => ({
    label: 'Account',
    value: accountText(c.account),
    meaning:
      'The IBM Cloud account the token acts in (account.bss). "ims" is a linked classic ' +
      'infrastructure account; "valid" says the account is usable.',
  }),
  iat: (c) => ({
    label: 'Issued at',
    value: timeText(c.iat),
    meaning: 'When IAM issued the token, in Unix seconds.',
  }),
  exp: (c) => ({
    label: 'Expires at',
    value: timeText(c.exp),
    meaning: 'When the token stops working. IBM SDKs treat it as expired 10 seconds earlier.',
  }),
  iss: (c) => ({
    label: 'Issuer',
    value: text(c.iss),
    meaning:
      'Who issued the token. Real IAM tokens say https://iam.cloud.ibm.com/identity, ' +
      'whichever region issued them.',
  }),
  grant_type: (c) => ({
    label: 'Grant type',
    value: GRANT_TYPE_NAMES[c.grant_type ?? ''] ?? text(c.grant_type),
    meaning: `How the token was obtained (${text(c.grant_type)}).`,
  }),
  scope: (c) => ({
    label: 'Scope',
    value: text(c.scope),
    meaning: 'What the token is for; IAM grants "ibm openid" and services may add their own.',
  }),
  client_id: (c) => ({
    label: 'Client ID',
    value: text(c.client_id),
    meaning: CLIENT_MEANINGS[c.client_id ?? ''] ?? 'The OAuth client that asked for the token.',
  }),
  acr: (c) => ({
    label: 'Authentication level',
    value: text(c.acr),
    meaning: `How strongly the identity authenticated: ${ACR_MEANINGS[c.acr ?? -1] ?? 'a level IAM did not document'}.`,
  }),
  amr: (c) => ({
    label: 'Authentication methods',
    value: (c.amr ?? []).join(', ') || 'none',
    meaning: 'How the identity authenticated: pwd (password or API key), otp/totp/mfa (MFA).',
  }),
  session_id: (c) => ({
    label: 'Session',
    value: text(c.session_id),
    meaning: 'A CLI or console login session. Tokens obtained with an API key have none.',
  }),
}

/** Explains every IBM claim the token carries, in the token's own order. */
export function explainClaims(claims: IbmClaims): ExplainedClaim[] {
  return Object.keys(claims)
    .filter((name): name is IbmClaimName => Object.hasOwn(EXPLAINERS, name))
    .map((claim) => ({ claim, ...EXPLAINERS[claim](claims) }))
}

export function summarizeIdentity(claims: IbmClaims): IdentitySummary {
  const kind = identityKindOf(claims)
  const accountId = claims.account?.bss
  return {
    kind,
    label: IDENTITY_LABELS[kind],
    description: IDENTITY_DESCRIPTIONS[kind],
    ...optional('name', claims.name ?? claims.authn?.name),
    ...optional('email', claims.email),
    ...optional('iamId', claims.iam_id),
    ...optional('accountId', accountId),
  }
}

function accountText(account: IbmClaims['account']): string {
  if (account === undefined) return '—'
  const parts = [account.bss ?? 'no account ID']
  if (account.ims) parts.push(`classic infrastructure account ${account.ims}`)
  if (account.valid === false) parts.push('not valid')
  return parts.join(' · ')
}

function timeText(seconds: number | undefined): string {
  return seconds === undefined ? '—' : `${formatUtc(seconds * 1000)} (${seconds})`
}

function optional<K extends string>(key: K, value: string | undefined) {
  return value ? ({ [key]: value } as Record<K, string>) : {}
}
