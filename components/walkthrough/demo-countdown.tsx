'use client'

import { useState } from 'react'

import { useNow } from '@/lib/client/use-now'
import { DEMO_LIFETIME_MS, demoRemaining } from '@/lib/walkthrough/demo-clock'

import { Countdown } from '../token/countdown'
import { secondaryButton } from '../ui/styles'
import { stepSubheading } from './styles'

const DEMO_MINUTES = DEMO_LIFETIME_MS / 60_000

/**
 * Presenter mode's demo: the workbench's own countdown on a short, clearly labelled lifetime, so a
 * room can watch it turn amber, red and "Expired". The real token and session are untouched.
 */
export function DemoCountdown() {
  const [startedAtMs, setStartedAtMs] = useState<number | null>(null)
  const nowMs = useNow()
  const remaining =
    startedAtMs !== null && nowMs !== null ? demoRemaining(startedAtMs, nowMs) : null

  return (
    <section
      aria-labelledby="demo-clock-title"
      className="rounded-lg border-2 border-dashed border-violet-300 p-4 dark:border-violet-800"
      data-testid="demo-clock"
    >
      <h3 id="demo-clock-title" className={stepSubheading}>
        Demo clock
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Demo lifetime: {DEMO_MINUTES} minutes — the real token lasts 60 minutes. The colours change
        at the same shares of the lifetime as on a real token. Your real token is not touched.
      </p>
      <div className="mt-4">
        {startedAtMs === null ? (
          <button
            type="button"
            onClick={() => setStartedAtMs(Date.now())}
            className={secondaryButton}
          >
            Start the {DEMO_MINUTES}-minute demo
          </button>
        ) : (
          <div className="space-y-3">
            <Countdown
              remaining={remaining}
              canRenew
              onRenewRequest={() => setStartedAtMs(Date.now())}
            />
            <button type="button" onClick={() => setStartedAtMs(null)} className={secondaryButton}>
              Stop the demo
            </button>
          </div>
        )}
      </div>
    </section>
  )
}
