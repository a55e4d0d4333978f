import { useCallback, useEffect, useRef, useState } from 'react'

import { readStored } from '@/lib/client/use-stored-choice'
import { PROGRESS_STORAGE_KEY, firstOpenStep, parseProgress } from '@/lib/walkthrough/progress'
import { stepFromHash, type StepId } from '@/lib/walkthrough/steps'

/**
 * Which steps are open, and deep links: the step in the URL hash is opened, focused and scrolled
 * to on load and whenever the hash changes. Without a hash, the first step not done is open.
 */
export function useStepNavigation() {
  const [openSteps, setOpenSteps] = useState<ReadonlySet<StepId>>(() => new Set(['step-1']))
  const toggles = useRef(new Map<StepId, HTMLButtonElement>())

  const goTo = useCallback((id: StepId) => {
    setOpenSteps((current) => new Set(current).add(id))
    document.getElementById(id)?.scrollIntoView({ block: 'start' })
    toggles.current.get(id)?.focus({ preventScroll: true })
  }, [])

  useEffect(() => {
    // The hash and the stored progress exist only in the browser, so the server rendered step 1
    // open; this effect is where the page catches up with them, once.
    const linked = stepFromHash(window.location.hash)
    const done = parseProgress(readStored(PROGRESS_STORAGE_KEY))
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!linked) setOpenSteps(new Set([firstOpenStep(done)]))
    else goTo(linked)

    const onHashChange = () => {
      const step = stepFromHash(window.location.hash)
      if (step) goTo(step)
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [goTo])

  const toggle = useCallback((id: StepId) => {
    setOpenSteps((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }, [])

  const registerToggle = useCallback((id: StepId, element: HTMLButtonElement | null) => {
    if (element) toggles.current.set(id, element)
    else toggles.current.delete(id)
  }, [])

  return { openSteps, goTo, toggle, registerToggle }
}
