/**
 * Runs once when the server starts, before it takes requests: the configuration is checked here
 * so a misconfigured production server stops at once with a sentence naming the variable,
 * instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return

  const { checkConfigurationOrExit } = await import('@/lib/config/startup-check')
  checkConfigurationOrExit()
}
