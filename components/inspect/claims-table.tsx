import type { ReactNode } from 'react'

import type { InspectResult } from '@/lib/inspect/types'

import { preBlock, sectionTitle } from './styles'

/** IBM's claims with their meaning, then any other claim exactly as the token carries it. */
export function ClaimsTable({ result }: { result: InspectResult }) {
  const raw = (name: string) => JSON.stringify(result.claims[name])

  return (
    <div>
      <h3 className={sectionTitle}>Claims</h3>
      <table className="mt-2 w-full table-fixed text-sm" data-testid="claims-table">
        <caption className="sr-only">The token&apos;s claims, with what each one means</caption>
        <colgroup>
          <col className="w-28 sm:w-44" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Value and meaning</th>
          </tr>
        </thead>
        <tbody>
          {result.explained.map((row) => (
            <ClaimRow key={row.claim} claim={row.claim} label={row.label} value={row.value}>
              {row.meaning}
            </ClaimRow>
          ))}
          {result.invalidClaims.map(({ claim, problem }) => (
            <ClaimRow key={claim} claim={claim} label="Unexpected shape" value={raw(claim)} warn>
              IAM gives this claim another shape ({problem}), so it is shown as sent.
            </ClaimRow>
          ))}
          {result.otherClaims.map((claim) => (
            <ClaimRow key={claim} claim={claim} label="Other claim" value={raw(claim)}>
              Not one of IAM&apos;s claims; shown as the token carries it.
            </ClaimRow>
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface ClaimRowProps {
  claim: string
  label: string
  value: string
  warn?: boolean
  children: ReactNode
}

function ClaimRow({ claim, label, value, warn = false, children }: ClaimRowProps) {
  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th scope="row" className="py-2 pr-3 text-left align-top font-normal">
        <span className="block font-medium text-slate-900 dark:text-slate-100">{label}</span>
        <code className="block text-xs break-all text-slate-500 dark:text-slate-400">{claim}</code>
      </th>
      <td className="py-2 align-top">
        <span className="block font-mono text-xs break-all text-slate-900 dark:text-slate-100">
          {value}
        </span>
        <span
          className={
            warn
              ? 'mt-0.5 block text-xs text-amber-700 dark:text-amber-400'
              : 'mt-0.5 block text-xs text-slate-500 dark:text-slate-400'
          }
        >
          {children}
        </span>
      </td>
    </tr>
  )
}

/** The header and all claims as pretty JSON, folded away until asked for. */
export function RawToken({ result }: { result: InspectResult }) {
  return (
    <details className="group rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
      <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">
        Raw header and claims (JSON)
      </summary>
      <p className={`${sectionTitle} mt-3`}>Header</p>
      {/* Focusable so keyboard users can scroll it (it scrolls when long). */}
      <pre className={preBlock} data-testid="raw-header" tabIndex={0} aria-label="Raw header">
        {JSON.stringify(result.header, null, 2)}
      </pre>
      <p className={`${sectionTitle} mt-3`}>Claims</p>
      <pre className={preBlock} data-testid="raw-claims" tabIndex={0} aria-label="Raw claims">
        {JSON.stringify(result.claims, null, 2)}
      </pre>
    </details>
  )
}
