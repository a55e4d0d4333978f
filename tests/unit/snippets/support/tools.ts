// Running real programs from the tests: which tools exist, and bash with a controlled environment.
import { spawn, spawnSync } from 'node:child_process'

/** True when `name` is on PATH. */
export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

export function hasPythonRequests(): boolean {
  return (
    hasCommand('python3') &&
    spawnSync('python3', ['-c', 'import requests'], { stdio: 'ignore' }).status === 0
  )
}

export interface RunResult {
  status: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  env?: Record<string, string>
  stdin?: string
  timeoutMs?: number
}

/** A clean environment: PATH and HOME only, plus what the test passes. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    ...extra,
  }
}

export function run(program: string, args: readonly string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(program, args, {
    // Next's types make NODE_ENV mandatory in ProcessEnv; the child does not need it.
    env: cleanEnv(options.env) as NodeJS.ProcessEnv,
    input: options.stdin,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 15_000,
  })
  if (result.error !== undefined) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** `bash -c script`: how a script or a non-interactive shell would run the text. */
export function runBash(script: string, options: RunOptions = {}): RunResult {
  return run('bash', ['--norc', '--noprofile', '-c', script], options)
}

/**
 * The text typed into an interactive bash (history expansion on, as in a terminal). Prompts go
 * to stderr; a trailing `exit $?` hands back the status of the snippet's last command.
 */
export function runInteractiveBash(script: string, options: RunOptions = {}): RunResult {
  return run('bash', ['--norc', '--noprofile', '-i'], {
    ...options,
    stdin: `${script}\nexit $?\n`,
  })
}

/**
 * Like `run`, but without blocking the event loop: needed whenever the program talks to the
 * emulator, which serves requests from this same process.
 */
export function runAsync(
  program: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: cleanEnv(options.env) as NodeJS.ProcessEnv })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
    child.stdin.end(options.stdin ?? '')
  })
}

export function bashAsync(script: string, options: RunOptions = {}): Promise<RunResult> {
  return runAsync('bash', ['--norc', '--noprofile', '-c', script], options)
}

/** Typed into an interactive bash; `stdinAfter` is what the user types next (e.g. for read). */
export function interactiveBashAsync(
  script: string,
  options: RunOptions & { stdinAfter?: string } = {},
): Promise<RunResult> {
  const after = options.stdinAfter === undefined ? '' : `${options.stdinAfter}\n`
  return runAsync('bash', ['--norc', '--noprofile', '-i'], {
    ...options,
    stdin: `${script}\n${after}exit $?\n`,
  })
}
