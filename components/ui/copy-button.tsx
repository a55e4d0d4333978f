'use client'

import { useEffect, useState } from 'react'

import { copyText } from '@/lib/client/clipboard'
import { cn } from '@/lib/ui/cn'

import { CheckIcon, CopyIcon } from './icons'
import { smallButton } from './styles'

interface CopyButtonProps {
  text: string
  /** What is being copied, in words: "the access token", "the curl command". */
  what: string
  label?: string
  className?: string
}

type CopyState = 'idle' | 'copied' | 'failed'

/** A copy button that says what it copied, visibly and to screen readers. */
export function CopyButton({ text, what, label = 'Copy', className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  async function handleClick() {
    try {
      await copyText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  const announcement =
    state === 'copied'
      ? `Copied ${what} to the clipboard.`
      : state === 'failed'
        ? `Could not copy ${what}. Select the text and press Ctrl+C or ⌘C.`
        : ''

  return (
    <span className="relative inline-flex">
      <button
        type="button"
        onClick={handleClick}
        className={cn(
          smallButton,
          state === 'copied' &&
            'border-emerald-400 text-emerald-700 dark:border-emerald-600 dark:text-emerald-300',
          className,
        )}
        aria-label={`${label} ${what}`}
      >
        {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
        <span aria-hidden="true">
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
        </span>
      </button>
      {/* Visible confirmation and screen-reader announcement in one: it names what was copied. */}
      <span
        role="status"
        className={cn(
          'pointer-events-none absolute right-0 bottom-full z-10 mb-2 w-max max-w-64 rounded-md px-2.5 py-1.5 text-xs shadow-lg',
          announcement
            ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
            : 'sr-only',
        )}
      >
        {announcement}
      </span>
    </span>
  )
}
