/**
 * Every request that rewrites the session cookie (get, renew, adopt, forget) runs alone — in
 * this tab and across the workbench's tabs. Otherwise a slow renewal could answer after "Forget
 * token" and set the cookie again, key included, although the page shows no session.
 */
const LOCK_NAME = 'iamwb-session-write'

let tabQueue: Promise<unknown> = Promise.resolve()

export function writeSessionExclusively<T>(send: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request(LOCK_NAME, send)
  }

  // Without Web Locks (an insecure context), at least this tab's writes stay in order.
  const run = tabQueue.then(send, send)
  tabQueue = run.catch(() => undefined)
  return run
}
