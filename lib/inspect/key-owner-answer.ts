import { z } from 'zod'

import { scrubSecret } from '@/lib/iam/scrub'

import type { KeyOwner } from './types'

/**
 * The part of IAM's ApiKey record (GET /v1/apikeys/details, iam-facts §4) the workbench shows.
 * IAM may include the key itself (`apikey`); it is never read from here.
 */
export const apiKeyDetailsSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  iam_id: z.string().min(1),
  account_id: z.string().min(1),
  created_at: z.string().min(1),
  created_by: z.string().optional(),
  locked: z.boolean().optional(),
  disabled: z.boolean().optional(),
})

/** The Identity API's error body, which differs from the token endpoint's (iam-facts §2.1). */
export const identityApiErrorSchema = z.object({
  errors: z
    .array(
      z.object({
        code: z.string().optional(),
        message_code: z.string().optional(),
        message: z.string(),
      }),
    )
    .min(1),
})

/** Picks the fields to show, field by field, so nothing else IAM sends can pass through. */
export function toKeyOwner(
  details: z.output<typeof apiKeyDetailsSchema>,
  apikey: string,
): KeyOwner {
  const clean = (text: string) => scrubSecret(text, apikey)
  return {
    name: clean(details.name),
    ...(details.description ? { description: clean(details.description) } : {}),
    iamId: details.iam_id,
    accountId: details.account_id,
    createdAt: toIsoTime(details.created_at),
    ...(details.created_by ? { createdBy: details.created_by } : {}),
    ...(details.locked === undefined ? {} : { locked: details.locked }),
    ...(details.disabled === undefined ? {} : { disabled: details.disabled }),
  }
}

/**
 * IAM writes `2025-01-15T09:30+0000`, which Date.parse does not promise to read; the offset gets
 * its colon first. Anything still unreadable is passed on as IAM wrote it.
 */
export function toIsoTime(value: string): string {
  const withColon = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const ms = Date.parse(withColon)
  return Number.isNaN(ms) ? value : new Date(ms).toISOString()
}
