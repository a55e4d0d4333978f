/** Class sets shared by the walkthrough's steps, on top of components/ui/styles. */

export const stepSubheading = 'text-base font-semibold text-slate-900 dark:text-slate-50'

export const prose = 'space-y-3 text-sm leading-relaxed text-slate-700 dark:text-slate-300'

export const inlineCode =
  'rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] break-words text-slate-800 dark:bg-slate-800 dark:text-slate-200'

export const factList = 'list-disc space-y-2 pl-5 marker:text-slate-400'

export const successNote =
  'rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200'

export const subtlePanel = 'rounded-lg border border-slate-200 p-4 dark:border-slate-800'

export const fieldLabel = 'block text-sm font-medium'

export const warningNote =
  'rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200'
