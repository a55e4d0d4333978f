// The walkthrough's five steps, in order. Their ids are the URL anchors (`/walkthrough#step-3`)
// and the only thing the browser stores about progress.

export const STEP_IDS = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5'] as const

export type StepId = (typeof STEP_IDS)[number]

export interface StepDefinition {
  id: StepId
  number: number
  title: string
  /** What the user must actually do for the done mark, in one sentence. */
  doneWhen: string
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'step-1',
    number: 1,
    title: 'Create an API key',
    doneWhen:
      'Done once IAM accepts a key of yours in this browser: in step 2 below, or on the workbench.',
  },
  {
    id: 'step-2',
    number: 2,
    title: 'Exchange the key for a token, the REST way',
    doneWhen: 'Done once you get a token with the form in this step.',
  },
  {
    id: 'step-3',
    number: 3,
    title: 'Use the token with Analytics Engine',
    doneWhen: 'Done once an Analytics Engine call from this page succeeds.',
  },
  {
    id: 'step-4',
    number: 4,
    title: 'The CLI way',
    doneWhen: 'Done once you inspect what ibmcloud iam oauth-tokens printed.',
  },
  {
    id: 'step-5',
    number: 5,
    title: 'Expiry and renewal',
    doneWhen:
      "Done once you get a second token after step 2's: renew it, or exchange the key again.",
  },
]

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value)
}

export function getStep(id: StepId): StepDefinition {
  const step = STEPS.find((candidate) => candidate.id === id)
  if (!step) throw new Error(`walkthrough/steps: unknown step '${id}'.`)
  return step
}

/** `#step-3` → `step-3`; anything else (empty, another anchor) → null. */
export function stepFromHash(hash: string): StepId | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''))
  return isStepId(id) ? id : null
}
