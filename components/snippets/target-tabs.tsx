'use client'

import { useRef, type KeyboardEvent } from 'react'

import { TARGETS, type TargetId } from '@/lib/snippets'
import { cn } from '@/lib/ui/cn'

export const SNIPPET_PANEL_ID = 'snippet-panel'

interface TargetTabsProps {
  value: TargetId
  onChange: (target: TargetId) => void
}

/** The shell or language tabs, with arrow-key movement as the ARIA tabs pattern expects. */
export function TargetTabs({ value, onChange }: TargetTabsProps) {
  const tabRefs = useRef<Map<TargetId, HTMLButtonElement>>(new Map())

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key]
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? TARGETS.length - 1 : undefined
    if (step === undefined && jump === undefined) return
    event.preventDefault()

    const nextIndex = jump ?? (index + (step ?? 0) + TARGETS.length) % TARGETS.length
    const next = TARGETS[nextIndex]
    if (!next) return
    onChange(next.id)
    tabRefs.current.get(next.id)?.focus()
  }

  return (
    <div role="tablist" aria-label="Shell or language" className="flex flex-wrap gap-1.5">
      {TARGETS.map((target, index) => {
        const isSelected = target.id === value
        return (
          <button
            key={target.id}
            ref={(element) => {
              if (element) tabRefs.current.set(target.id, element)
              else tabRefs.current.delete(target.id)
            }}
            type="button"
            role="tab"
            id={`snippet-tab-${target.id}`}
            aria-selected={isSelected}
            aria-controls={SNIPPET_PANEL_ID}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onChange(target.id)}
            onKeyDown={(event) => handleKeyDown(event, index)}
            className={cn(
              'rounded-full border px-3 py-1 text-xs font-medium whitespace-nowrap transition-colors',
              isSelected
                ? 'border-brand-500 bg-brand-500 text-white'
                : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800',
            )}
          >
            {target.label}
          </button>
        )
      })}
    </div>
  )
}
