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

/** 18:32:58 in the browser's zone: for moments within the next hour. */
export function formatLocalTime(epochMs: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(epochMs)
}
