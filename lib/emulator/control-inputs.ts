// Validation of the emulator's own control inputs (faults, mint overrides), shared by the
// programmatic API and the /__emulator HTTP endpoints. Hand-written rather than zod: loading
// zod under tsx costs about 200 ms of start-up time.
import type { Fault, FaultKind, FaultTarget, MintOverrides } from './types'

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string }

const FAULT_KINDS: readonly FaultKind[] = ['status', 'slow', 'drop', 'non-json', 'bad-schema']
const FAULT_TARGETS: readonly FaultTarget[] = ['token', 'keys', 'ae', 'apikey-details']
const KIND_OPTIONS: Record<FaultKind, string[]> = {
  status: ['status', 'retryAfterSeconds'],
  slow: ['delayMs'],
  drop: [],
  'non-json': [],
  'bad-schema': [],
}
const MINT_OPTIONS = ['identity', 'claims', 'iss', 'iat', 'exp', 'kid']

type Fields = Record<string, unknown>

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unknownField(input: Fields, allowed: readonly string[]): string | undefined {
  const extra = Object.keys(input).find((key) => !allowed.includes(key))
  return extra === undefined
    ? undefined
    : `"${extra}" is not allowed here (allowed: ${allowed.join(', ')}).`
}

/** A problem sentence when the field is not a whole number in [min, max]. */
function wholeNumber(input: Fields, name: string, min: number, max: number, required = false) {
  const value = input[name]
  if (value === undefined) return required ? `"${name}" is required.` : undefined
  const fits = Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
  return fits ? undefined : `"${name}" must be a whole number from ${min} to ${max}.`
}

function oneOf(input: Fields, name: string, allowed: readonly string[]) {
  const value = input[name]
  if (value === undefined || allowed.includes(value as string)) return undefined
  return `"${name}" must be one of ${allowed.join(', ')}.`
}

function firstProblem<T>(value: T, problems: (string | undefined)[]): Parsed<T> {
  const problem = problems.find((entry) => entry !== undefined)
  return problem === undefined ? { ok: true, value } : { ok: false, problem }
}

export function parseFault(input: unknown): Parsed<Fault> {
  if (!isObject(input)) return { ok: false, problem: 'A fault must be a JSON object.' }
  const kind = input.kind as FaultKind
  if (!FAULT_KINDS.includes(kind)) {
    return { ok: false, problem: `"kind" must be one of ${FAULT_KINDS.join(', ')}.` }
  }
  return firstProblem(input as unknown as Fault, [
    unknownField(input, ['kind', 'times', 'target', ...KIND_OPTIONS[kind]]),
    wholeNumber(input, 'times', 1, Number.MAX_SAFE_INTEGER),
    oneOf(input, 'target', FAULT_TARGETS),
    kind === 'status' ? wholeNumber(input, 'status', 400, 599, true) : undefined,
    kind === 'status' ? wholeNumber(input, 'retryAfterSeconds', 0, 86_400) : undefined,
    // Capped so that a typo cannot hang a test run for hours.
    kind === 'slow' ? wholeNumber(input, 'delayMs', 0, 600_000, true) : undefined,
  ])
}

export function parseMintOverrides(input: unknown): Parsed<MintOverrides> {
  if (input === undefined) return { ok: true, value: {} }
  if (!isObject(input)) return { ok: false, problem: 'Mint overrides must be a JSON object.' }
  const { claims, iss, kid } = input
  return firstProblem(input as MintOverrides, [
    unknownField(input, MINT_OPTIONS),
    oneOf(input, 'identity', ['user', 'serviceId']),
    claims === undefined || isObject(claims) ? undefined : '"claims" must be a JSON object.',
    iss === undefined || (typeof iss === 'string' && iss !== '')
      ? undefined
      : '"iss" must be a non-empty string.',
    wholeNumber(input, 'iat', 0, Number.MAX_SAFE_INTEGER),
    wholeNumber(input, 'exp', 0, Number.MAX_SAFE_INTEGER),
    kid === undefined || (typeof kid === 'string' && /^[\x21-\x7e]{1,64}$/.test(kid))
      ? undefined
      : '"kid" must be 1 to 64 printable ASCII characters.',
  ])
}

/** For the programmatic API: throws an Error that says what was wrong. */
export function valueOrThrow<T>(parsed: Parsed<T>, what: string): T {
  if (!parsed.ok) throw new Error(`IAM emulator: invalid ${what}. ${parsed.problem}`)
  return parsed.value
}
