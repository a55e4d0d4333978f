'use client'

import { useState } from 'react'

import { CopyButton } from '../ui/copy-button'
import { RevealButton, maskToken } from '../ui/reveal-button'

/** The access token, masked until the user asks to see it, with a copy button. */
export function TokenValue({ token }: { token: string }) {
  const [isRevealed, setIsRevealed] = useState(false)
  const length = token.length.toLocaleString('en-US')

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium" id="token-value-label">
          Access token <span className="font-normal text-slate-500">({length} characters)</span>
        </p>
        <div className="flex gap-2">
          <RevealButton isRevealed={isRevealed} onToggle={() => setIsRevealed((shown) => !shown)} />
          <CopyButton text={token} what={`the access token (${length} characters)`} />
        </div>
      </div>
      {/* Named and focusable: the box scrolls for long tokens, and keyboards must reach it. */}
      <div
        role="group"
        aria-labelledby="token-value-label"
        tabIndex={0}
        data-testid="token-value"
        className="mt-2 max-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed break-all text-slate-800 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-200"
      >
        {isRevealed ? token : maskToken(token)}
      </div>
    </div>
  )
}
