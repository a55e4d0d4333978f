// The start-up banner of `npm run emulator`: where it listens, what it emulates, the demo keys
// and instance, and how to flip the fault switches.
import type { RunningEmulator } from './types'

export function renderBanner(emulator: RunningEmulator, quiet: boolean): string {
  const { url } = emulator
  const width = Math.max(...emulator.demoKeys.map((key) => key.apikey.length)) + 3
  const keys = emulator.demoKeys.map((key) => `    ${key.apikey.padEnd(width)}${key.description}`)
  return [
    '',
    'IAM Token Workbench: local IAM emulator',
    'SANDBOX. Fake identities, keys generated in memory at start; nothing here reaches IBM Cloud.',
    '',
    `  URL        ${url}`,
    '  Emulates   IBM Cloud IAM      POST /identity/token   (legacy alias /oidc/token)',
    '                                GET  /identity/keys',
    '                                GET  /identity/.well-known/openid-configuration',
    '                                GET  /v1/apikeys/details',
    '             Analytics Engine   /v3/analytics_engines/{instance_id}/...   (serverless)',
    '                                /v2/analytics_engines/{instance_id}/...   (classic)',
    '',
    '  Demo API keys (fake; accepted only by this emulator):',
    ...keys,
    `  Demo instance id   ${emulator.demoInstanceId}   (any UUID works)`,
    '',
    '  Get a token:',
    `    curl -s -X POST ${url}/identity/token \\`,
    `      -d grant_type=urn:ibm:params:oauth:grant-type:apikey -d apikey=${emulator.demoKeys[0]?.apikey ?? ''}`,
    '',
    '  Fault switches (this emulator only; real IAM has no /__emulator endpoints):',
    `    curl -X PUT ${url}/__emulator/fault -H 'Content-Type: application/json' \\`,
    `      -d '{"kind":"status","status":503,"times":2}'`,
    '    kinds:   status (with status, retryAfterSeconds) | slow (with delayMs)',
    '             drop | non-json | bad-schema',
    '    options: "times": N (default: until cleared)',
    '             "target": token (default) | keys | ae | apikey-details',
    `    curl -X DELETE ${url}/__emulator/fault     clears every fault`,
    `    curl ${url}/__emulator/stats              request counters`,
    '',
    quiet
      ? '  Request logging is off (--quiet). Ctrl+C stops.'
      : '  One line per request follows: time, method, path, status, duration. Ctrl+C stops.',
    '',
  ].join('\n')
}
