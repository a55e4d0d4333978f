import { describe, expect, it } from 'vitest'

import { EXPIRY_WINDOW_MS, formatClock, remainingLifetime, urgencyOf } from '@/lib/time/countdown'
import { formatLocal, formatUtc } from '@/lib/time/format'

const HOUR = 3_600_000
const MINUTE = 60_000

describe('remainingLifetime', () => {
  const deadline = 10 * HOUR

  it('counts to 10 seconds before the deadline, as IBM SDKs do', () => {
    const start = deadline - HOUR
    expect(remainingLifetime(deadline, HOUR, start)).toEqual({
      remainingMs: HOUR - EXPIRY_WINDOW_MS,
      fraction: 1,
      urgency: 'ok',
    })
    expect(remainingLifetime(deadline, HOUR, deadline - EXPIRY_WINDOW_MS).urgency).toBe('expired')
  })

  it('halves the bar at half time and never goes below zero', () => {
    const half = remainingLifetime(
      deadline,
      HOUR,
      deadline - EXPIRY_WINDOW_MS - (HOUR - EXPIRY_WINDOW_MS) / 2,
    )
    expect(half.fraction).toBeCloseTo(0.5)
    expect(remainingLifetime(deadline, HOUR, deadline + HOUR)).toMatchObject({
      remainingMs: 0,
      fraction: 0,
    })
  })
})

describe('urgencyOf', () => {
  it.each([
    [11 * MINUTE, 'ok'],
    [10 * MINUTE, 'ok'],
    [10 * MINUTE - 1, 'soon'],
    [2 * MINUTE, 'soon'],
    [2 * MINUTE - 1, 'critical'],
    [1, 'critical'],
    [0, 'expired'],
  ])('%d ms left is %s', (ms, urgency) => {
    expect(urgencyOf(ms)).toBe(urgency)
  })
})

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [1, '00:01'],
    [59_001, '01:00'],
    [HOUR - 10_000, '59:50'],
    [HOUR + 62_000, '1:01:02'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text)
  })
})

describe('time formatting', () => {
  it('prints UTC the same everywhere', () => {
    expect(formatUtc(Date.UTC(2026, 11, 3, 17, 9, 7))).toBe('2026-12-03 17:09:07 UTC')
  })

  it('prints local time with its zone', () => {
    const text = formatLocal(Date.UTC(2026, 11, 3, 17, 9, 7), 'en-GB', 'Europe/Berlin')
    expect(text).toMatch(/3 Dec 2026, 18:09:07 CET/)
  })
})
