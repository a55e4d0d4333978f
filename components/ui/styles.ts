/** Shared Tailwind class sets, so every card, button and field looks the same. */

export const card =
  'rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900'

export const cardTitle = 'text-lg font-semibold tracking-tight text-slate-900 dark:text-slate-50'

export const mutedText = 'text-sm text-slate-600 dark:text-slate-400'

const buttonBase =
  'inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60'

export const primaryButton = `${buttonBase} bg-brand-500 text-white hover:bg-brand-600 active:bg-brand-700`

export const secondaryButton = `${buttonBase} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`

export const dangerButton = `${buttonBase} border border-red-300 bg-white text-red-700 hover:bg-red-50 dark:border-red-800 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950`

export const smallButton =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700'

export const textInput =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-400 focus:border-brand-500 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-500'

export const codeBlock =
  'overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-[13px] leading-relaxed text-slate-100 dark:bg-black/60'

/** Small upper-case label over a value: definition-list terms, section eyebrows. */
export const labelCaps =
  'text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400'
