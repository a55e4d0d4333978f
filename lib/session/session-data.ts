import { z } from 'zod'

/**
 * What the sealed cookie holds — deliberately small, so a 2.6 KB trusted-profile token plus a
 * remembered key still seal under the browsers' 4096-byte cookie limit. The claims are derived
 * from the token on each read instead of being stored.
 */
export const storedTokenSchema = z.object({
  accessToken: z.string().min(1),
  tokenType: z.string(),
  scope: z.string().optional(),
  expiresIn: z.number().int().positive(),
  expiration: z.number().int().positive(),
  obtainedAtMs: z.number().int().positive(),
  deadlineMs: z.number().int().positive(),
  source: z.enum(['apikey', 'adopted']),
})

export const sessionDataSchema = z.object({
  token: storedTokenSchema.optional(),
  /** Present only when the user asked to remember the key for renewal. */
  apikey: z.string().min(1).optional(),
})

export type StoredToken = z.output<typeof storedTokenSchema>
export type SessionData = z.output<typeof sessionDataSchema>
