import { describe, expect, it } from 'vitest'

import {
  firstOpenStep,
  parseProgress,
  progressText,
  serializeProgress,
  withStepsDone,
} from '@/lib/walkthrough/progress'
import { STEPS, getStep, stepFromHash } from '@/lib/walkthrough/steps'

describe('stored progress', () => {
  it('round-trips a list of step ids in step order', () => {
    const stored = serializeProgress(['step-3', 'step-1'])
    expect(stored).toBe('["step-1","step-3"]')
    expect(parseProgress(stored)).toEqual(['step-1', 'step-3'])
  })

  it('ignores what it does not recognise instead of failing', () => {
    expect(parseProgress(null)).toEqual([])
    expect(parseProgress('not json')).toEqual([])
    expect(parseProgress('{"step-1":true}')).toEqual([])
    expect(parseProgress('["step-2", "step-9", 3, null, "step-2"]')).toEqual(['step-2'])
  })

  it('adds steps without duplicates, in step order', () => {
    expect(withStepsDone(['step-2'], ['step-1', 'step-2'])).toEqual(['step-1', 'step-2'])
  })

  it('says how many of the five are done', () => {
    expect(progressText([])).toBe('0 of 5 done')
    expect(progressText(['step-1', 'step-2'])).toBe('2 of 5 done')
  })

  it('starts a visitor at the first step not done', () => {
    expect(firstOpenStep([])).toBe('step-1')
    expect(firstOpenStep(['step-1', 'step-2', 'step-4'])).toBe('step-3')
    expect(firstOpenStep(['step-1', 'step-2', 'step-3', 'step-4', 'step-5'])).toBe('step-1')
  })
})

describe('steps and anchors', () => {
  it('numbers five steps whose ids are their anchors', () => {
    expect(STEPS.map((step) => `${step.number}:${step.id}`)).toEqual([
      '1:step-1',
      '2:step-2',
      '3:step-3',
      '4:step-4',
      '5:step-5',
    ])
    expect(getStep('step-4').title).toBe('The CLI way')
  })

  it('reads the step from a URL hash', () => {
    expect(stepFromHash('#step-3')).toBe('step-3')
    expect(stepFromHash('step-5')).toBe('step-5')
    expect(stepFromHash('')).toBeNull()
    expect(stepFromHash('#step-6')).toBeNull()
    expect(stepFromHash('#main')).toBeNull()
  })
})
