/** 2026-12-03 17:09:07 UTC — the same on every machine, for comparing with logs and IAM. */
export function formatUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** The browser's own locale and time zone, with the zone named so it is never ambiguous. */
export function formatLocal(epochMs: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(epochMs)
}
