/**
 * Runs once when the server starts, before it takes requests: the configuration is checked here
 * so a misconfigured production server stops at once with a sentence naming the variable,
 * instead of failing on the first request. It also installs the refusal of TRACE and TRACK,
 * which Next's Proxy cannot represent (see lib/http/untranslatable-methods).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return

  const { checkConfigurationOrExit } = await import('@/lib/config/startup-check')
  checkConfigurationOrExit()

  const { refuseUntranslatableMethods } = await import('@/lib/http/untranslatable-methods')
  refuseUntranslatableMethods()
}
