'use client'

import type { IamResponseFields } from '@/lib/iam/iam-response'
import { ACCESS_TOKEN_MEANING, explainIamResponse } from '@/lib/walkthrough/iam-fields'

import { RevealableToken } from './revealable-token'

interface IamResponseViewProps {
  accessToken: string
  fields: IamResponseFields
  masked: boolean
}

/** IAM's answer to the exchange, field by field in IAM's own names, each explained. */
export function IamResponseView({ accessToken, fields, masked }: IamResponseViewProps) {
  return (
    <figure data-testid="iam-response">
      <figcaption className="text-sm font-medium">
        IAM answered <span className="font-mono">HTTP 200</span> with this JSON:
      </figcaption>
      <dl className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        <Field name="access_token" meaning={ACCESS_TOKEN_MEANING}>
          <RevealableToken
            token={accessToken}
            masked={masked}
            what={`the access token (${accessToken.length.toLocaleString('en-US')} characters)`}
          />
        </Field>
        {explainIamResponse(fields).map((field) => (
          <Field key={field.name} name={field.name} meaning={field.meaning}>
            <p className="font-mono text-xs break-all text-slate-800 dark:text-slate-200">
              {field.value}
            </p>
          </Field>
        ))}
      </dl>
    </figure>
  )
}

interface FieldProps {
  name: string
  meaning: string
  children: React.ReactNode
}

function Field({ name, meaning, children }: FieldProps) {
  return (
    <div className="grid gap-1.5 p-3 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
      <dt className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">{name}</dt>
      <dd className="min-w-0 space-y-1.5">
        {children}
        <p className="text-sm text-slate-600 dark:text-slate-400">{meaning}</p>
      </dd>
    </div>
  )
}
