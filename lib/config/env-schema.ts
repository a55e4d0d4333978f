import { z } from 'zod'

import { LOG_LEVELS } from '@/lib/log/levels'
import { parseBaseUrl } from '@/lib/urls/base-url'

/** The smallest session password iron-session accepts, and the least we allow in production. */
export const MIN_SESSION_PASSWORD_LENGTH = 32

export const DEFAULT_IAM_URL = 'https://iam.cloud.ibm.com'
export const IAM_TOKEN_PATH = '/identity/token'

/** An absolute http(s) base URL without query, fragment or user info, trailing slash dropped. */
const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => parseBaseUrl(value).ok, {
      message: `${name} must be an http:// or https:// URL without query, fragment or user info.`,
    })
    .transform((value) => {
      const parsed = parseBaseUrl(value)
      return parsed.ok ? parsed.value : value
    })

/**
 * Accepts the IAM base URL with or without the token path, as IBM's SDK cores do, and keeps only
 * the base so every IAM endpoint (token, keys, discovery) can be derived from it.
 */
function toIamBaseUrl(value: string): string {
  return value.endsWith(IAM_TOKEN_PATH) ? value.slice(0, -IAM_TOKEN_PATH.length) : value
}

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `${name} must be a whole number.` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, {
      message: `${name} must be between ${min} and ${max}.`,
    })

export const envSchema = z.object({
  IAM_URL: httpUrl('IAM_URL').default(DEFAULT_IAM_URL).transform(toIamBaseUrl),
  IAM_TIMEOUT_MS: wholeNumber('IAM_TIMEOUT_MS', 100, 120_000).default(10_000),
  AE_API_URL: httpUrl('AE_API_URL').optional(),
  TOKEN_RATE_LIMIT: wholeNumber('TOKEN_RATE_LIMIT', 1, 100_000).default(30),
  IAM_KEYS_COOLDOWN_SECONDS: wholeNumber('IAM_KEYS_COOLDOWN_SECONDS', 0, 3600).default(30),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.` })
    .default('info'),
  SESSION_PASSWORD: z.string().optional(),
})

export type ParsedEnv = z.output<typeof envSchema>
