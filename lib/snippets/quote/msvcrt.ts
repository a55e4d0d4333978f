// How a Windows program built on the Microsoft C runtime (curl.exe among them) splits its
// command line into argv: whitespace separates arguments outside double quotes; `2n`
// backslashes before a `"` become `n` and the quote toggles quoting; `2n+1` become `n` and a
// literal `"`; backslashes anywhere else are literal. Both Windows targets end up here.

/**
 * Escapes `text` for use inside a double-quoted argument: each `"` becomes `\"`, the
 * backslashes in front of it doubled; with `quoteFollows`, trailing backslashes are doubled
 * too, because a closing quote comes right after them.
 */
export function escapeQuotesForMsvcrt(text: string, options: { quoteFollows: boolean }): string {
  const escaped = text.replace(/(\\*)"/g, (_match, slashes: string) => `${slashes}${slashes}\\"`)
  if (!options.quoteFollows) return escaped
  return escaped.replace(/(\\+)$/, '$1$1')
}
