import Link from 'next/link'
import { connection } from 'next/server'

import { card, cardTitle, mutedText, primaryButton } from '@/components/ui/styles'
import { cn } from '@/lib/ui/cn'

/**
 * Rendered per request, like every page: a prerendered 404 would carry no CSP nonce, so the
 * Content-Security-Policy would block its scripts (and Next's default 404 styles itself with
 * inline style attributes, which the policy blocks too).
 */
export default async function NotFound() {
  await connection()

  return (
    <section className={cn(card, 'mx-auto max-w-xl text-center')}>
      <h1 className={cardTitle}>Page not found</h1>
      <p className={cn(mutedText, 'mt-2')}>
        There is nothing at this address. The workbench itself is on the start page.
      </p>
      <Link href="/" className={cn(primaryButton, 'mt-5')}>
        Go to the workbench
      </Link>
    </section>
  )
}
