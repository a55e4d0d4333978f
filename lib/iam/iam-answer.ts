import { z } from 'zod'

const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/

/** The part of IAM's token response we rely on (iam-facts §1.5). Extra fields are ignored. */
export const iamTokenAnswerSchema = z.object({
  access_token: z.string().regex(JWT, 'access_token is not a JWT'),
  token_type: z.string().min(1),
  expires_in: z.number().int().positive(),
  expiration: z.number().int().positive(),
  scope: z.string().optional(),
  refresh_token: z.string().optional(),
  ims_user_id: z.number().int().optional(),
})

export type IamTokenAnswer = z.output<typeof iamTokenAnswerSchema>

/** IAM's token-endpoint error body ("OidcExceptionResponse", iam-facts §2.1). */
export const iamErrorBodySchema = z.object({
  errorCode: z.string().regex(/^BXNIM\d{4}[A-Z]$/),
  errorMessage: z.string(),
  errorDetails: z.string().optional(),
  context: z.object({ requestId: z.string().optional() }).optional(),
})

export type IamErrorBody = z.output<typeof iamErrorBodySchema>
