import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { SERVER_ENTRY } from './production-server'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID')

/** Everything that changes what `next build` produces. */
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'package-lock.json',
]

function newestChangeMs(entry: string): number {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChangeMs(path.join(entry, name))),
    stats.mtimeMs,
  )
}

/** True when there is no production build, or a source file changed after it was made. */
export function isBuildStale(): boolean {
  if (!existsSync(SERVER_ENTRY) || !existsSync(BUILD_ID)) return true
  const builtAt = statSync(BUILD_ID).mtimeMs
  return BUILD_INPUTS.some((input) => newestChangeMs(path.join(ROOT, input)) > builtAt)
}

export function buildIfNeeded(log: (line: string) => void): void {
  if (!isBuildStale()) return
  log('Building the app for production (first run, or sources changed)…')
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error('`next build` failed; see the output above.')
}
