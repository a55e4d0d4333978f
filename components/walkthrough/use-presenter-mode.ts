import { useEffect, useState } from 'react'

import { useHydrated } from '@/lib/client/use-hydrated'
import { useStoredChoice } from '@/lib/client/use-stored-choice'
import {
  PRESENTER_CHOICES,
  PRESENTER_STORAGE_KEY,
  type PresenterChoice,
} from '@/lib/walkthrough/presenter'

/**
 * Presenter mode: the stored choice, unless the URL said `?presenter=1` or `=0`, which wins until
 * the toggle is used and is remembered. `masked` is also true until the browser has read the
 * stored choice, so nothing secret is painted before presenter mode could apply.
 */
export function usePresenterMode(fromUrl: PresenterChoice | null) {
  const [stored, setStored] = useStoredChoice(PRESENTER_STORAGE_KEY, PRESENTER_CHOICES, 'off')
  const [urlChoice, setUrlChoice] = useState(fromUrl)
  const isHydrated = useHydrated()

  useEffect(() => {
    if (fromUrl !== null) setStored(fromUrl)
  }, [fromUrl, setStored])

  const isOn = (urlChoice ?? stored) === 'on'
  return {
    isOn,
    masked: isOn || !isHydrated,
    setOn(on: boolean) {
      setUrlChoice(null)
      setStored(on ? 'on' : 'off')
    },
  }
}
