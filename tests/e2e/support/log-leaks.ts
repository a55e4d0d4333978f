import type { RecordedSecret } from './secrets'

export interface CapturedLog {
  name: string
  text: string
}

/**
 * Shapes that must never be in a server log whatever the tests recorded: a JWT (any access
 * token), an iron-session seal (a session cookie) and the `test-only-` prefix every made-up
 * test key carries.
 */
const FORBIDDEN_SHAPES: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a JWT', pattern: /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/ },
  { what: 'a sealed session cookie', pattern: /Fe26\.2\*/ },
  { what: 'a test-only API key', pattern: /test-only-/ },
]

const REQUEST_LINE = /"msg":"request"/
const TOKEN_ISSUED = /"route":"POST \/api\/token".*"status":200/

/**
 * Every reason the captured logs fail the "no secrets in logs" promise, including the reasons
 * the check itself would be empty (no request lines, no secrets, tokens issued but none
 * recorded). An empty list means the logs are clean and the check really looked.
 */
export function findSecretLeaks(logs: CapturedLog[], secrets: RecordedSecret[]): string[] {
  const problems: string[] = []
  const lines = logs.flatMap((log) =>
    log.text.split('\n').map((text, index) => ({ where: `${log.name}:${index + 1}`, text })),
  )

  if (!lines.some((line) => REQUEST_LINE.test(line.text))) {
    problems.push('The server logs hold no request lines, so checking them would prove nothing.')
  }
  if (secrets.length === 0)
    problems.push('No secrets were recorded, so there is nothing to look for.')
  const tokensIssued = lines.filter((line) => TOKEN_ISSUED.test(line.text)).length
  if (tokensIssued > 0 && !secrets.some((secret) => secret.kind === 'token')) {
    problems.push(
      `The servers issued ${tokensIssued} tokens but the tests recorded none; ` +
        'call recordSecret for each token a test obtains.',
    )
  }

  for (const { kind, value } of new Map(secrets.map((s) => [s.value, s])).values()) {
    const hit = lines.find((line) => line.text.includes(value))
    if (hit) problems.push(`An ${kind} used by the tests (${preview(value)}) is in ${hit.where}.`)
  }
  for (const { what, pattern } of FORBIDDEN_SHAPES) {
    const hit = lines.find((line) => pattern.test(line.text))
    if (hit) problems.push(`${what} is in ${hit.where}.`)
  }
  return problems
}

/** Enough of a secret to find it, not enough to use it. */
function preview(value: string): string {
  return `${value.slice(0, 6)}…, ${value.length} characters`
}
