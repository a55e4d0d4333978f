'use client'

import { useState } from 'react'

import { CopyButton } from '../ui/copy-button'
import { RevealButton, maskToken } from '../ui/reveal-button'

interface RevealableTokenProps {
  token: string
  /** Presenter mode: stays masked, and Reveal is off. */
  masked: boolean
  /** What the copy button copies, in words. */
  what: string
}

/** A token as a JSON string value, masked the workbench's way until revealed. */
export function RevealableToken({ token, masked, what }: RevealableTokenProps) {
  const [isRevealed, setIsRevealed] = useState(false)
  const isShown = isRevealed && !masked

  return (
    <div className="space-y-2">
      <p className="max-h-40 overflow-y-auto font-mono text-xs leading-relaxed break-all text-slate-800 dark:text-slate-200">
        &quot;{isShown ? token : maskToken(token)}&quot;
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <RevealButton
          isRevealed={isShown}
          disabled={masked}
          onToggle={() => setIsRevealed((shown) => !shown)}
        />
        <CopyButton text={token} what={what} />
        {masked ? (
          <span className="text-xs text-slate-600 dark:text-slate-400">
            Presenter mode keeps it masked.
          </span>
        ) : null}
      </div>
    </div>
  )
}
