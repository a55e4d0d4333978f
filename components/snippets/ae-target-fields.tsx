'use client'

import type { ReactNode } from 'react'

import { AE_OPERATIONS, AE_REGIONS, type AeApi, type AeOperationId } from '@/lib/snippets'
import { cn } from '@/lib/ui/cn'

import { textInput } from '../ui/styles'
import { AeApiChoice } from './ae-api-choice'

export interface AeFieldValues {
  api: AeApi
  region: string
  instance: string
  appId: string
  operationId: AeOperationId
}

interface AeTargetFieldsProps {
  values: AeFieldValues
  /** The region read from a pasted CRN; it then replaces the region choice. */
  crnRegion: string | undefined
  needsAppId: boolean
  errors: Partial<Record<'api' | 'region' | 'instance' | 'appId', string>>
  onChange: (next: Partial<AeFieldValues>) => void
}

const label = 'block text-xs font-medium text-slate-700 dark:text-slate-300'
const select = cn(textInput, 'font-sans')

/** Which Analytics Engine call: API, region, instance, application and operation. */
export function AeTargetFields({
  values,
  crnRegion,
  needsAppId,
  errors,
  onChange,
}: AeTargetFieldsProps) {
  const operations = AE_OPERATIONS.filter((operation) => operation.api === values.api)

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <AeApiChoice
          name="ae-api"
          value={values.api}
          onChange={(api) => onChange({ api })}
          legendClassName={label}
        />
        {values.api === 'v2' ? (
          <p className="mt-1.5 text-xs text-amber-700 dark:text-amber-400">
            The classic plan is retired: IBM stopped new classic instances in 2022. These calls are
            for clusters that still exist.
          </p>
        ) : null}
      </div>

      <Field id="ae-operation" label="Operation">
        {() => (
          <select
            id="ae-operation"
            value={values.operationId}
            onChange={(event) => onChange({ operationId: event.target.value as AeOperationId })}
            className={select}
          >
            {operations.map((operation) => (
              <option key={operation.id} value={operation.id}>
                {operation.title}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id="ae-region"
        label="Region"
        error={errors.region}
        hint={crnRegion ? 'Taken from the CRN.' : undefined}
      >
        {(describedBy) => (
          <select
            aria-describedby={describedBy}
            id="ae-region"
            value={crnRegion ?? values.region}
            disabled={crnRegion !== undefined}
            onChange={(event) => onChange({ region: event.target.value })}
            className={select}
            aria-invalid={errors.region ? true : undefined}
          >
            {AE_REGIONS[values.api].map((region) => (
              <option key={region.id} value={region.id}>
                {region.id} ({region.name})
              </option>
            ))}
            {crnRegion && !AE_REGIONS[values.api].some((region) => region.id === crnRegion) ? (
              <option value={crnRegion}>{crnRegion}</option>
            ) : null}
          </select>
        )}
      </Field>

      <Field
        id="ae-instance"
        label="Instance GUID or CRN"
        error={errors.instance}
        hint="Leave empty to use $INSTANCE_ID from your shell."
      >
        {(describedBy) => (
          <input
            aria-describedby={describedBy}
            id="ae-instance"
            value={values.instance}
            onChange={(event) => onChange({ instance: event.target.value })}
            placeholder="GUID, or crn:v1:bluemix:public:ibmanalyticsengine:…"
            spellCheck={false}
            autoComplete="off"
            className={textInput}
            aria-invalid={errors.instance ? true : undefined}
          />
        )}
      </Field>

      {needsAppId ? (
        <Field
          id="ae-app-id"
          label="Application id"
          error={errors.appId}
          hint="Leave empty to use $APP_ID."
        >
          {(describedBy) => (
            <input
              aria-describedby={describedBy}
              id="ae-app-id"
              value={values.appId}
              onChange={(event) => onChange({ appId: event.target.value })}
              spellCheck={false}
              autoComplete="off"
              className={textInput}
              aria-invalid={errors.appId ? true : undefined}
            />
          )}
        </Field>
      ) : null}
    </div>
  )
}

interface FieldProps {
  id: string
  label: string
  error?: string
  hint?: string
  /** Renders the control, given the id of the text that describes it. */
  children: (describedBy: string | undefined) => ReactNode
}

/** A labelled control with its hint or, when invalid, its error sentence wired up for AT. */
function Field({ id, label: text, error, hint, children }: FieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <div className="mt-1.5">{children(describedBy)}</div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
