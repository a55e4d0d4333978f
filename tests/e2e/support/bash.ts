import { execFile } from 'node:child_process'

export interface BashResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs a snippet exactly as a user would paste it into bash, with only the given environment. */
export function runBash(script: string, env: Record<string, string> = {}): Promise<BashResult> {
  const environment = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    ...env,
  } as unknown as NodeJS.ProcessEnv

  return new Promise((resolve) => {
    execFile('bash', ['-c', script], { env: environment }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}
