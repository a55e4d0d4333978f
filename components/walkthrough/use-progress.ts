import { useCallback, useMemo } from 'react'

import { readStored, useStoredText } from '@/lib/client/use-stored-choice'
import { stepsEarnedBy, type WalkthroughEvent } from '@/lib/walkthrough/done-rules'
import {
  PROGRESS_STORAGE_KEY,
  parseProgress,
  serializeProgress,
  withStepsDone,
} from '@/lib/walkthrough/progress'
import type { StepId } from '@/lib/walkthrough/steps'

/**
 * The done marks, kept in localStorage as a list of step ids. `record` reads the stored list
 * afresh, so events from several steps in one moment never overwrite each other.
 */
export function useProgress() {
  const [raw, setRaw] = useStoredText(PROGRESS_STORAGE_KEY)
  const done = useMemo(() => parseProgress(raw), [raw])

  /** Marks the steps `event` completes; returns the ones that were not done before. */
  const record = useCallback(
    (event: WalkthroughEvent): StepId[] => {
      const current = parseProgress(readStored(PROGRESS_STORAGE_KEY))
      const added = stepsEarnedBy(event, current).filter((id) => !current.includes(id))
      if (added.length > 0) setRaw(serializeProgress(withStepsDone(current, added)))
      return added
    },
    [setRaw],
  )

  const reset = useCallback(() => setRaw(null), [setRaw])

  return { done, record, reset }
}
