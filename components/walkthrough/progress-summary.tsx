'use client'

import { useWidthPercent } from '@/lib/client/use-width-percent'
import { progressText } from '@/lib/walkthrough/progress'
import { STEPS, type StepId } from '@/lib/walkthrough/steps'
import { cn } from '@/lib/ui/cn'

import { CheckIcon, Spinner } from '../ui/icons'
import { secondaryButton } from '../ui/styles'

interface ProgressSummaryProps {
  done: readonly StepId[]
  /** The last "step done" sentence, for screen readers. */
  announcement: string
  onGoTo: (id: StepId) => void
  onStartOver: () => void
  isStartingOver: boolean
}

/** "2 of 5 done", a bar, and the steps as links with their marks; plus "Start over". */
export function ProgressSummary(props: ProgressSummaryProps) {
  const { done } = props
  const text = progressText(done)
  const bar = useWidthPercent<HTMLDivElement>((done.length / STEPS.length) * 100)

  return (
    <section aria-labelledby="progress-title" data-testid="walkthrough-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="progress-title" className="text-sm font-semibold">
          Your progress
        </h2>
        <p className="text-sm font-medium text-slate-700 dark:text-slate-300" aria-hidden="true">
          {text}
        </p>
      </div>
      <div
        role="progressbar"
        aria-label="Walkthrough progress"
        aria-valuemin={0}
        aria-valuemax={STEPS.length}
        aria-valuenow={done.length}
        aria-valuetext={text}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          ref={bar}
          className="h-full w-0 rounded-full bg-emerald-500 transition-[width] duration-500"
        />
      </div>

      <ol className="mt-4 space-y-1 text-sm">
        {STEPS.map((step) => {
          const isDone = done.includes(step.id)
          return (
            <li key={step.id}>
              <a
                href={`#${step.id}`}
                onClick={() => props.onGoTo(step.id)}
                className="flex items-center gap-2 rounded-md px-1.5 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
              >
                <span
                  aria-hidden="true"
                  className={cn(
                    'grid size-5 shrink-0 place-items-center rounded-full text-[11px] font-semibold',
                    isDone
                      ? 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950'
                      : 'border border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-300',
                  )}
                >
                  {isDone ? <CheckIcon width={12} height={12} /> : step.number}
                </span>
                <span>
                  <span className="sr-only">Step {step.number}: </span>
                  {step.title}
                  <span className="sr-only">{isDone ? ' (done)' : ' (not done yet)'}</span>
                </span>
              </a>
            </li>
          )
        })}
      </ol>

      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          onClick={props.onStartOver}
          disabled={props.isStartingOver}
          aria-describedby="start-over-help"
          className={secondaryButton}
        >
          {props.isStartingOver ? <Spinner /> : null}
          Start over
        </button>
        <p id="start-over-help" className="text-xs text-slate-600 dark:text-slate-400">
          Clears the done marks and forgets the token in this browser, for the next person.
        </p>
      </div>

      <p role="status" className="sr-only">
        {props.announcement}
      </p>
    </section>
  )
}
