import { describe, expect, it } from 'vitest'

import { stepsEarnedBy } from '@/lib/walkthrough/done-rules'

describe('stepsEarnedBy', () => {
  it('marks step 1 when the session holds a token IAM gave for a key', () => {
    expect(stepsEarnedBy({ kind: 'session-has-key-token' }, [])).toEqual(['step-1'])
  })

  it("marks steps 1 and 2 for an exchange in step 2's form", () => {
    expect(stepsEarnedBy({ kind: 'exchanged-in-step-2' }, [])).toEqual(['step-1', 'step-2'])
  })

  it('marks step 3 only when Analytics Engine answered with success', () => {
    expect(stepsEarnedBy({ kind: 'ae-call-answered', status: 200 }, [])).toEqual(['step-3'])
    expect(stepsEarnedBy({ kind: 'ae-call-answered', status: 401 }, [])).toEqual([])
    expect(stepsEarnedBy({ kind: 'ae-call-answered', status: 404 }, [])).toEqual([])
    expect(stepsEarnedBy({ kind: 'ae-call-answered', status: 302 }, [])).toEqual([])
  })

  it.each(['cli_text', 'cli_json', 'bearer_header'])('marks step 4 for %s', (inputKind) => {
    expect(stepsEarnedBy({ kind: 'inspected', inputKind }, [])).toEqual(['step-4'])
  })

  it.each(['jwt', 'token_response'])('does not mark step 4 for a bare %s', (inputKind) => {
    expect(stepsEarnedBy({ kind: 'inspected', inputKind }, [])).toEqual([])
  })

  it("marks step 5 for a new token after step 2's", () => {
    const event = { kind: 'token-obtained-in-step-5', previousToken: 'a', newToken: 'b' } as const
    expect(stepsEarnedBy(event, ['step-1', 'step-2'])).toEqual(['step-1', 'step-5'])
  })

  it('marks step 5 when the session had no token any more, as long as step 2 was done', () => {
    const event = { kind: 'token-obtained-in-step-5', previousToken: null, newToken: 'b' } as const
    expect(stepsEarnedBy(event, ['step-2'])).toContain('step-5')
  })

  it('does not mark step 5 before step 2, or when the token did not change', () => {
    const renewed = { kind: 'token-obtained-in-step-5', previousToken: 'a', newToken: 'b' } as const
    expect(stepsEarnedBy(renewed, [])).toEqual(['step-1'])
    const same = { kind: 'token-obtained-in-step-5', previousToken: 'a', newToken: 'a' } as const
    expect(stepsEarnedBy(same, ['step-2'])).toEqual(['step-1'])
  })
})
