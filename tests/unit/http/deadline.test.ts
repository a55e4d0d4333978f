import { describe, expect, it, vi } from 'vitest'

import { withDeadline } from '@/lib/http/deadline'

describe('withDeadline', () => {
  it('aborts the signal when the time is up', async () => {
    const aborted = await withDeadline(
      20,
      (signal) =>
        new Promise<boolean>((resolve) =>
          signal.addEventListener('abort', () => resolve(signal.aborted)),
        ),
    )
    expect(aborted).toBe(true)
  })

  it('leaves no timer behind once the work settles, whether it resolves or throws', async () => {
    vi.useFakeTimers()
    try {
      await expect(withDeadline(60_000, async () => 'done')).resolves.toBe('done')
      await expect(
        withDeadline(60_000, async () => {
          throw new Error('failed')
        }),
      ).rejects.toThrow('failed')
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
