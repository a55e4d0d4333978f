// Progress is a list of step ids in localStorage: never a key, a token or anything about them.
import { STEP_IDS, isStepId, type StepId } from './steps'

export const PROGRESS_STORAGE_KEY = 'iamwb.walkthrough.done'

/** Reads what was stored; anything unreadable or unknown is ignored, never an error. */
export function parseProgress(raw: string | null): StepId[] {
  if (raw === null) return []
  let stored: unknown
  try {
    stored = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(stored)) return []
  const ids = new Set(stored.filter((item): item is string => typeof item === 'string'))
  return STEP_IDS.filter((id) => ids.has(id) && isStepId(id))
}

export function serializeProgress(done: readonly StepId[]): string {
  return JSON.stringify(STEP_IDS.filter((id) => done.includes(id)))
}

/** The done list with `ids` added, in step order. */
export function withStepsDone(done: readonly StepId[], ids: readonly StepId[]): StepId[] {
  return STEP_IDS.filter((id) => done.includes(id) || ids.includes(id))
}

/** "2 of 5 done". */
export function progressText(done: readonly StepId[]): string {
  return `${done.length} of ${STEP_IDS.length} done`
}

/** Where a visitor without a deep link starts: the first step not done yet. */
export function firstOpenStep(done: readonly StepId[]): StepId {
  return STEP_IDS.find((id) => !done.includes(id)) ?? 'step-1'
}
