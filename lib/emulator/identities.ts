// The demo API keys the emulator accepts and the identities they stand for.
// The key values are deliberately unlike real IBM keys (44 random base64url characters), so
// nobody mistakes them for secrets and secret scanners stay quiet.
import type { DemoKey, DemoKeyKind } from './types'

export const DEMO_USER_APIKEY = 'demo-user-apikey-not-a-secret'
export const DEMO_SERVICE_ID_APIKEY = 'demo-service-id-apikey-not-a-secret'

/** The sandbox Analytics Engine instance printed in the banner; any UUID works as well. */
export const DEMO_INSTANCE_ID = '0d3e5a4d-b0c5-4e57-9a11-de70de70de70'

/** Shared by both demo identities: they live in one (fake) account. */
const DEMO_ACCOUNT_ID = '0d3e0a1b2c3d4e5f60718293a4b5c6d7'

export interface DemoIdentity {
  key: DemoKey
  iamId: string
  /** `identifier` claim: the IBMid without prefix, or `ServiceId-<uuid>`. */
  identifier: string
  realmId: 'IBMid' | 'iam'
  /** `sub` claim: the e-mail for users, the identifier for service IDs. */
  subject: string
  name: string
  givenName?: string
  familyName?: string
  email?: string
  account: {
    bss: string
    /** Classic infrastructure link; only the user has one. Strings, as in real JWTs. */
    ims?: string
    imsUserId?: string
    frozen?: boolean
  }
  apikeyRecord: {
    id: string
    name: string
    description: string
    createdAt: string
    modifiedAt: string
    createdBy: string
    entityTag: string
  }
}

const USER_IAM_ID = 'IBMid-270005DEMO'
const SERVICE_ID = 'ServiceId-5e7f1d00-3a2b-4c1d-8e9f-de70de70de70'

export const DEMO_USER: DemoIdentity = {
  key: {
    apikey: DEMO_USER_APIKEY,
    kind: 'user',
    name: 'Dana Demo',
    description: 'IBMid user Dana Demo; the token response includes ims_user_id',
  },
  iamId: USER_IAM_ID,
  identifier: '270005DEMO',
  realmId: 'IBMid',
  subject: 'dana.demo@iam-token-workbench.example.com',
  name: 'Dana Demo',
  givenName: 'Dana',
  familyName: 'Demo',
  email: 'dana.demo@iam-token-workbench.example.com',
  account: { bss: DEMO_ACCOUNT_ID, ims: '2000000', imsUserId: '7000000' },
  apikeyRecord: {
    id: 'ApiKey-1d2c3b4a-0000-4000-8000-de70de70de70',
    name: 'workbench-demo-user-key',
    description: 'Sandbox API key of the demo user (IAM emulator)',
    createdAt: '2025-01-15T09:30+0000',
    modifiedAt: '2025-01-15T09:30+0000',
    createdBy: USER_IAM_ID,
    entityTag: '1-4d8f6a2b9c0e1f3a5b7c9d0e2f4a6b8c',
  },
}

export const DEMO_SERVICE_ID: DemoIdentity = {
  key: {
    apikey: DEMO_SERVICE_ID_APIKEY,
    kind: 'serviceId',
    name: 'workbench-demo-service-id',
    description: 'Service ID workbench-demo-service-id; no ims_user_id',
  },
  iamId: `iam-${SERVICE_ID}`,
  identifier: SERVICE_ID,
  realmId: 'iam',
  subject: SERVICE_ID,
  name: 'workbench-demo-service-id',
  account: { bss: DEMO_ACCOUNT_ID, frozen: true },
  apikeyRecord: {
    id: 'ApiKey-5e6f7a8b-0000-4000-8000-de70de70de70',
    name: 'workbench-demo-service-id-key',
    description: 'Sandbox API key of the demo service ID (IAM emulator)',
    createdAt: '2025-02-03T14:05+0000',
    modifiedAt: '2025-02-03T14:05+0000',
    createdBy: USER_IAM_ID,
    entityTag: '1-9a7b5c3d1e0f2a4b6c8d0e1f3a5b7c9d',
  },
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [DEMO_USER, DEMO_SERVICE_ID]

export const DEMO_KEYS: readonly DemoKey[] = DEMO_IDENTITIES.map((identity) => identity.key)

export function findIdentityByApikey(apikey: string): DemoIdentity | undefined {
  return DEMO_IDENTITIES.find((identity) => identity.key.apikey === apikey)
}

export function identityOfKind(kind: DemoKeyKind): DemoIdentity {
  return kind === 'user' ? DEMO_USER : DEMO_SERVICE_ID
}
