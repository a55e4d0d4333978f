/**
 * Removes every occurrence of a secret (raw and URL-encoded) from text that came from outside,
 * before it is shown or logged. IAM has echoed key ids in error details before.
 */
export function scrubSecret(text: string, secret: string): string {
  if (secret === '') return text
  let scrubbed = text
  for (const form of new Set([secret, encodeURIComponent(secret)])) {
    scrubbed = scrubbed.split(form).join('[redacted]')
  }
  return scrubbed
}
