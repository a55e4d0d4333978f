import { useEffect } from 'react'

import { formatClock, type Remaining } from '@/lib/time/countdown'

const BASE_TITLE = 'IAM Token Workbench'

/** What the tab says, so the time left is visible from another tab or window. */
export function titleFor(remaining: Remaining | null): string {
  if (remaining === null) return BASE_TITLE
  if (remaining.urgency === 'expired') return 'Expired · IAM token'
  return `${formatClock(remaining.remainingMs)} · IAM token`
}

export function useDocumentTitle(remaining: Remaining | null): void {
  const title = titleFor(remaining)
  useEffect(() => {
    document.title = title
  }, [title])

  useEffect(() => () => void (document.title = BASE_TITLE), [])
}
