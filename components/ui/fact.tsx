import type { ReactNode } from 'react'

import { labelCaps } from './styles'

/** One term and its value in a definition list of facts about a token or key. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className={labelCaps}>{term}</dt>
      <dd className="mt-1 text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  )
}
