'use client'

import { useId } from 'react'

import { mutedText } from '../ui/styles'

interface PresenterToggleProps {
  isOn: boolean
  onChange: (on: boolean) => void
}

/** Presenter mode on or off; the page says what it changes. */
export function PresenterToggle({ isOn, onChange }: PresenterToggleProps) {
  const id = useId()
  return (
    <div className="flex gap-3">
      <input
        id={id}
        type="checkbox"
        checked={isOn}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-help`}
        className="mt-0.5 size-4 shrink-0 accent-brand-500"
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium">
          Presenter mode
        </label>
        <p id={`${id}-help`} className={`${mutedText} mt-0.5`}>
          For projectors and recordings: every token and key on this page stays masked, and step 5
          offers a 2-minute demo countdown. Also on with <code>?presenter=1</code>.
        </p>
      </div>
    </div>
  )
}
