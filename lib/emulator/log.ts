// One line per request: time, method, path (never the query string, which could carry a key),
// status and duration. Keys and tokens never reach this function.
export type RequestLog = (
  method: string,
  path: string,
  outcome: number | string,
  ms: number,
) => void

export function createRequestLog(quiet: boolean): RequestLog {
  if (quiet) return () => {}
  return (method, path, outcome, ms) => {
    const time = new Date().toISOString().slice(11, 23)
    process.stdout.write(`${time} ${method} ${path} ${outcome} ${Math.round(ms)}ms\n`)
  }
}
