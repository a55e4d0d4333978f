const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/**
 * True when IAM is served from this machine — the local emulator, as in `npm run demo`. Real IAM
 * is never on a loopback address, so the page can say plainly that it is a sandbox.
 */
export function isSandboxIam(iamUrl: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(iamUrl).hostname)
}
