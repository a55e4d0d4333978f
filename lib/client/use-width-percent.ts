import { useLayoutEffect, useRef } from 'react'

/**
 * Sizes a bar from script. The Content-Security-Policy blocks `style` attributes in the server's
 * HTML, but not styles set through the DOM, so a bar that renders on the server takes its width
 * this way (start it with `w-0`, which the inline width then overrides).
 */
export function useWidthPercent<T extends HTMLElement>(percent: number) {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    ref.current?.style.setProperty('width', `${percent}%`)
  }, [percent])
  return ref
}
