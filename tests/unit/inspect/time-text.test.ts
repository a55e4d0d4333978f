import { describe, expect, it } from 'vitest'

import { roughDuration } from '@/lib/inspect/time-text'

describe('roughDuration', () => {
  it('names the largest whole unit, singular or plural', () => {
    expect(roughDuration(0)).toBe('0 seconds')
    expect(roughDuration(1_500)).toBe('1 second')
    expect(roughDuration(59_999)).toBe('59 seconds')
    expect(roughDuration(60_000)).toBe('1 minute')
    expect(roughDuration(6 * 60_000 + 40_000)).toBe('6 minutes')
    expect(roughDuration(3_600_000)).toBe('1 hour')
    expect(roughDuration(50 * 3_600_000)).toBe('2 days')
  })

  it('treats negative durations as none', () => {
    expect(roughDuration(-5_000)).toBe('0 seconds')
  })
})
