'use client'

import { useId, useState } from 'react'

import { mutedText } from '../ui/styles'

interface NotifyToggleProps {
  enabled: boolean
  onChange: (enabled: boolean) => void
}

/** Opt-in browser notifications; permission is asked only when the user turns them on. */
export function NotifyToggle({ enabled, onChange }: NotifyToggleProps) {
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)

  async function handleChange(checked: boolean) {
    setProblem(null)
    if (!checked) return onChange(false)
    if (typeof Notification === 'undefined') {
      return setProblem('This browser does not support notifications.')
    }

    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission
    if (permission === 'granted') return onChange(true)
    setProblem('Notifications are blocked for this site; allow them in the browser settings.')
  }

  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          checked={enabled}
          onChange={(event) => void handleChange(event.target.checked)}
          className="size-4 accent-brand-500"
        />
        Notify me 5 minutes before it expires
      </label>
      {problem ? (
        <p role="status" className={`${mutedText} mt-1 text-xs`}>
          {problem}
        </p>
      ) : null}
    </div>
  )
}
