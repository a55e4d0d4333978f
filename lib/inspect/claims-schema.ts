import { z } from 'zod'

/**
 * The claims IAM puts in its access tokens and the shape of each (iam-facts §3.2). Every claim is
 * optional: tokens differ by identity and grant. Other claims are kept as they are (loose).
 */
const principal = z.looseObject({
  sub: z.string().optional(),
  iam_id: z.string().optional(),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  email: z.string().optional(),
  sub_type: z.string().optional(),
})

const digits = z.string().regex(/^\d+$/, 'expected digits in a string')

export const ibmClaimSchemas = {
  iam_id: z.string().min(1),
  id: z.string().min(1),
  realmid: z.string().min(1),
  jti: z.string().min(1),
  identifier: z.string().min(1),
  name: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  email: z.string(),
  sub: z.string().min(1),
  sub_type: z.string().min(1),
  authn: principal,
  account: z.looseObject({
    valid: z.boolean().optional(),
    bss: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'expected a 32-character account ID')
      .optional(),
    ims: digits.optional(),
    ims_user_id: digits.optional(),
    frozen: z.boolean().optional(),
    boundary: z.string().optional(),
  }),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().nonnegative(),
  iss: z.string().min(1),
  grant_type: z.string().min(1),
  scope: z.string(),
  client_id: z.string().min(1),
  acr: z.number().int(),
  amr: z.array(z.string()),
  session_id: z.string().min(1),
}

export type IbmClaimName = keyof typeof ibmClaimSchemas

/** The whole payload: IBM's claims checked, any other claim passed through untouched. */
export const ibmClaimsSchema = z.looseObject(
  Object.fromEntries(
    Object.entries(ibmClaimSchemas).map(([name, schema]) => [name, schema.optional()]),
  ) as { [Name in IbmClaimName]: z.ZodOptional<(typeof ibmClaimSchemas)[Name]> },
)

export type IbmClaims = z.output<typeof ibmClaimsSchema>

/** IAM's header: `{"kid": "<12 digits>", "alg": "RS256"}` (iam-facts §3.1). */
export const jwtHeaderSchema = z.looseObject({
  alg: z.string(),
  kid: z.string().optional(),
  typ: z.string().optional(),
})

export function isIbmClaimName(name: string): name is IbmClaimName {
  return Object.hasOwn(ibmClaimSchemas, name)
}
