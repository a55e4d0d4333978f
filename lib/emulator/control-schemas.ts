// Validation of the emulator's own control inputs (faults, mint overrides), shared by the
// programmatic API and the /__emulator HTTP endpoints.
import { z } from 'zod'

import type { Fault, MintOverrides } from './types'

const scope = {
  times: z.int().positive().optional(),
  target: z.enum(['token', 'keys', 'ae', 'apikey-details']).optional(),
}

const FAULT_KINDS = ['status', 'slow', 'drop', 'non-json', 'bad-schema'] as const

export const faultSchema: z.ZodType<Fault> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('status'),
      status: z.int().min(400).max(599),
      retryAfterSeconds: z.int().nonnegative().optional(),
      ...scope,
    }),
    // Capped so that a typo cannot hang a test run for hours.
    z.strictObject({ kind: z.literal('slow'), delayMs: z.int().min(0).max(600_000), ...scope }),
    z.strictObject({ kind: z.literal('drop'), ...scope }),
    z.strictObject({ kind: z.literal('non-json'), ...scope }),
    z.strictObject({ kind: z.literal('bad-schema'), ...scope }),
  ],
  { error: `kind must be one of ${FAULT_KINDS.join(', ')}` },
)

export const mintOverridesSchema: z.ZodType<MintOverrides> = z.strictObject({
  identity: z.enum(['user', 'serviceId']).optional(),
  claims: z.record(z.string(), z.unknown()).optional(),
  iss: z.string().min(1).optional(),
  iat: z.int().nonnegative().optional(),
  exp: z.int().nonnegative().optional(),
  kid: z
    .string()
    .regex(/^[\x21-\x7e]{1,64}$/, 'kid must be 1–64 printable characters')
    .optional(),
})

/** One sentence naming the first problem, e.g. `"status": Too big: expected number to be <=599.` */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return 'The input is not valid.'
  const where = issue.path.length === 0 ? 'body' : `"${issue.path.join('.')}"`
  const message = issue.message.replace(/\.$/, '')
  return `${where}: ${message}.`
}

/** Throws an Error that says what was wrong; for the programmatic API. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input)
  if (!result.success) {
    throw new Error(`IAM emulator: invalid ${what}, ${describeProblem(result.error)}`)
  }
  return result.data
}
