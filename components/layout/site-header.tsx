import Link from 'next/link'

/** Product name and the places to go. A server component: no JavaScript of its own. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" className="fill-brand-500" />
            <path
              d="M10 15v-3a6 6 0 0 1 12 0v3M9 15h14v10H9z"
              fill="none"
              stroke="white"
              strokeWidth="2.4"
              strokeLinejoin="round"
            />
          </svg>
          IAM Token Workbench
        </Link>
        <nav aria-label="Main" className="flex gap-1 text-sm">
          <Link
            href="/"
            className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Workbench
          </Link>
          <Link
            href="/walkthrough"
            className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Walkthrough
          </Link>
        </nav>
      </div>
    </header>
  )
}
