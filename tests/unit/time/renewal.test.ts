import { describe, expect, it } from 'vitest'

import { titleFor } from '@/lib/client/use-document-title'
import { describeClockSkew, formatDuration } from '@/lib/time/duration'
import { RETRY_DELAYS_MS, renewAtMs, retryDelayMs } from '@/lib/time/renewal'

describe('renewAtMs', () => {
  it('renews at 80 % of the lifetime, like IBM SDK cores', () => {
    expect(renewAtMs({ obtainedAtMs: 1_000_000, deadlineMs: 1_000_000 + 3_600_000 })).toBe(
      1_000_000 + 2_880_000,
    )
  })
})

describe('retryDelayMs', () => {
  it('grows and then stays at the last pause', () => {
    expect([1, 2, 3, 4, 5, 50].map(retryDelayMs)).toEqual([...RETRY_DELAYS_MS, 60_000, 60_000])
    expect(retryDelayMs(0)).toBe(5_000)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_400, '45 s'],
    [160_000, '2 min 40 s'],
    [-180_000, '3 min'],
    [3_900_000, '1 h 5 min'],
    [7_200_000, '2 h'],
  ])('%d ms is "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('describeClockSkew', () => {
  it('stays quiet within 30 seconds', () => {
    expect(describeClockSkew(30_000)).toBeNull()
    expect(describeClockSkew(-29_000)).toBeNull()
  })

  it('says how far and which way the browser clock is off', () => {
    expect(describeClockSkew(-160_000)).toBe(
      'Your clock is 2 min 40 s fast; the countdown is corrected.',
    )
    expect(describeClockSkew(45_000)).toBe('Your clock is 45 s slow; the countdown is corrected.')
  })
})

describe('titleFor', () => {
  it('shows the time left, then Expired', () => {
    expect(titleFor(null)).toBe('IAM Token Workbench')
    expect(titleFor({ remainingMs: 754_000, fraction: 0.2, urgency: 'ok' })).toBe(
      '12:34 · IAM token',
    )
    expect(titleFor({ remainingMs: 0, fraction: 0, urgency: 'expired' })).toBe(
      'Expired · IAM token',
    )
  })
})
