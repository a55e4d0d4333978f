import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_SERVICE_ID, DEMO_USER, startEmulator, type RunningEmulator } from '@/lib/emulator'
import { AppError } from '@/lib/http/app-error'
import { toIsoTime, toKeyOwner } from '@/lib/inspect/key-owner-answer'
import { lookUpKeyOwner, parseKeyOwnerRequest } from '@/lib/inspect/key-owner'
import { appErrorFrom } from '../support/app-error'

let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  // getConfig() reads the environment on first use, which is inside these tests.
  process.env.IAM_URL = emulator.url
  process.env.IAM_TIMEOUT_MS = '1500'
  process.env.SESSION_PASSWORD = 'test-only-session-password-0000000000'
})
afterAll(() => emulator.close())
afterEach(() => {
  emulator.clearFaults()
  emulator.resetStats()
})

describe('lookUpKeyOwner against the emulator', () => {
  it("answers the key's name, owner, account and creation date, and nothing else", async () => {
    const owner = await lookUpKeyOwner(DEMO_USER.key.apikey)
    expect(owner).toEqual({
      name: DEMO_USER.apikeyRecord.name,
      description: DEMO_USER.apikeyRecord.description,
      iamId: DEMO_USER.iamId,
      accountId: DEMO_USER.account.bss,
      createdAt: '2025-01-15T09:30:00.000Z',
      createdBy: DEMO_USER.apikeyRecord.createdBy,
      locked: false,
      disabled: false,
    })
    expect(JSON.stringify(owner)).not.toContain(DEMO_USER.key.apikey)
    expect(emulator.stats()).toMatchObject({ tokenRequests: 1, apikeyDetailsRequests: 1 })
  })

  it("describes a service ID's key", async () => {
    const owner = await lookUpKeyOwner(DEMO_SERVICE_ID.key.apikey)
    expect(owner).toMatchObject({
      name: DEMO_SERVICE_ID.apikeyRecord.name,
      iamId: DEMO_SERVICE_ID.iamId,
    })
  })

  it("maps IAM's refusal of the key like the token route, without the key", async () => {
    const key = 'test-only-unknown-key-000000000000000000000'
    const error = await appErrorFrom(lookUpKeyOwner(key))
    expect(error).toMatchObject({
      code: 'apikey_rejected',
      status: 401,
      iamErrorCode: 'BXNIM0415E',
    })
    expect(error.message).not.toContain(key)
    expect(emulator.stats().apikeyDetailsRequests).toBe(0)
  })

  it('maps failures of the details call to 502, 503 and 504', async () => {
    const cases = [
      [{ kind: 'status', status: 500, target: 'apikey-details' }, 'iam_bad_answer', 502],
      [{ kind: 'status', status: 429, target: 'apikey-details' }, 'iam_rate_limited', 429],
      [{ kind: 'drop', target: 'apikey-details' }, 'iam_unavailable', 503],
      [{ kind: 'non-json', target: 'apikey-details' }, 'iam_bad_answer', 502],
      [{ kind: 'bad-schema', target: 'apikey-details' }, 'iam_bad_answer', 502],
      [{ kind: 'slow', delayMs: 2500, target: 'apikey-details' }, 'iam_timeout', 504],
    ] as const
    for (const [fault, code, status] of cases) {
      emulator.setFault(fault)
      const error = await appErrorFrom(lookUpKeyOwner(DEMO_USER.key.apikey))
      expect({ code: error.code, status: error.status }).toEqual({ code, status })
      expect(error.message).not.toContain(DEMO_USER.key.apikey)
      emulator.clearFaults()
    }
  })
})

describe('key owner answer and request', () => {
  it('never passes the key on, even when IAM includes it', () => {
    const secret = 'test-only-retrievable-key-0000000000000000'
    const owner = toKeyOwner(
      {
        name: `key ${secret}`,
        iam_id: 'iam-ServiceId-x',
        account_id: 'a'.repeat(32),
        created_at: '2026-03-01T08:00+0000',
        apikey: secret,
        history: [],
      },
      secret,
    )
    expect(owner).toEqual({
      name: 'key [redacted]',
      iamId: 'iam-ServiceId-x',
      accountId: 'a'.repeat(32),
      createdAt: '2026-03-01T08:00:00.000Z',
    })
  })

  it("reads IAM's dates and passes unreadable ones through", () => {
    expect(toIsoTime('2025-01-15T09:30+0000')).toBe('2025-01-15T09:30:00.000Z')
    expect(toIsoTime('2025-01-15T09:30:12.5-0130')).toBe('2025-01-15T11:00:12.500Z')
    expect(toIsoTime('sometime')).toBe('sometime')
  })

  it('validates the body: an optional key, checked like the token form', () => {
    expect(parseKeyOwnerRequest({})).toEqual({})
    expect(parseKeyOwnerRequest({ apikey: ' test-only-key \n' })).toEqual({
      apikey: 'test-only-key',
    })
    expect(() => parseKeyOwnerRequest({ apikey: 42 })).toThrow(/must be text/)
    expect(() => parseKeyOwnerRequest([])).toThrow(AppError)
  })
})
