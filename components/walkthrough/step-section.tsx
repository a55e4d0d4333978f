'use client'

import type { ReactNode } from 'react'

import type { StepDefinition } from '@/lib/walkthrough/steps'
import { cn } from '@/lib/ui/cn'

import { CheckIcon } from '../ui/icons'
import { card, mutedText } from '../ui/styles'

interface StepSectionProps {
  step: StepDefinition
  isOpen: boolean
  isDone: boolean
  onToggle: () => void
  /** Receives the heading's button, so deep links can focus it. */
  setToggle: (element: HTMLButtonElement | null) => void
  /** The step's sandbox sentence; null outside sandbox mode. */
  sandboxNote: ReactNode | null
  children: ReactNode
}

/**
 * One numbered step: a heading whose button opens and closes it (the disclosure pattern, with
 * aria-expanded), its done mark, and its content. The section's id is the deep-link anchor.
 */
export function StepSection({
  step,
  isOpen,
  isDone,
  onToggle,
  setToggle,
  sandboxNote,
  children,
}: StepSectionProps) {
  const panelId = `${step.id}-panel`

  return (
    <section
      id={step.id}
      aria-labelledby={`${step.id}-title`}
      data-done={isDone}
      className={cn(card, 'scroll-mt-4 p-0 sm:p-0')}
    >
      <div className="flex items-center gap-3 p-4 sm:px-6 sm:py-5">
        <h2 id={`${step.id}-title`} className="min-w-0 flex-1">
          <button
            ref={setToggle}
            type="button"
            aria-expanded={isOpen}
            aria-controls={panelId}
            onClick={onToggle}
            className="flex w-full items-center gap-3 rounded-md text-left"
          >
            <span
              aria-hidden="true"
              className={cn(
                'grid size-8 shrink-0 place-items-center rounded-full text-sm font-semibold',
                isDone
                  ? 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950'
                  : 'border border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200',
              )}
            >
              {isDone ? <CheckIcon /> : step.number}
            </span>
            <span className="min-w-0 flex-1 text-base font-semibold tracking-tight text-slate-900 sm:text-lg dark:text-slate-50">
              <span className="sr-only">Step {step.number}: </span>
              {step.title}
            </span>
            <Chevron isOpen={isOpen} />
          </button>
        </h2>
        <DoneMark isDone={isDone} />
      </div>

      <div
        id={panelId}
        hidden={!isOpen}
        className="space-y-6 border-t border-slate-200 p-4 sm:px-6 sm:pb-6 dark:border-slate-800"
      >
        <p className={cn(mutedText, 'flex items-start gap-2')}>
          <span aria-hidden="true">{isDone ? '✓' : '○'}</span>
          <span>{step.doneWhen}</span>
        </p>
        {sandboxNote ? <StepSandboxNote>{sandboxNote}</StepSandboxNote> : null}
        {children}
      </div>
    </section>
  )
}

function DoneMark({ isDone }: { isDone: boolean }) {
  return isDone ? (
    <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">
      <CheckIcon width={14} height={14} />
      Done
    </span>
  ) : (
    <span className="shrink-0 rounded-full border border-slate-300 px-2.5 py-0.5 text-xs font-medium text-slate-600 dark:border-slate-700 dark:text-slate-400">
      To do
    </span>
  )
}

function Chevron({ isOpen }: { isOpen: boolean }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={cn(
        'shrink-0 text-slate-500 transition-transform dark:text-slate-400',
        isOpen && 'rotate-180',
      )}
    >
      <path d="m6 9 6 6 6-6" />
    </svg>
  )
}

/** Said on every step in sandbox mode: what is local here, and what to use instead of real keys. */
export function StepSandboxNote({ children }: { children: ReactNode }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-violet-200 bg-violet-50 px-3 py-2.5 text-sm text-violet-900 dark:border-violet-900 dark:bg-violet-950/50 dark:text-violet-200">
      <span className="mt-0.5 rounded bg-violet-600 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-white uppercase">
        Sandbox
      </span>
      <p>{children}</p>
    </div>
  )
}
