import { readFileSync } from 'node:fs'

/** Resident set size of a process in bytes, from /proc/<pid>/status (Linux only). */
export function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return parseVmRssBytes(status)
}

export function parseVmRssBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  if (!match?.[1]) throw new Error('bench: no VmRSS line in /proc/<pid>/status.')
  return Number(match[1]) * 1024
}

/**
 * CPU time (user + system) a process has used, in milliseconds, from /proc/<pid>/stat. The
 * command name (field 2) may hold spaces, so fields are counted from its closing parenthesis.
 */
export function readCpuMs(pid: number, ticksPerSecond = 100): number {
  return parseCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'), ticksPerSecond)
}

export function parseCpuMs(stat: string, ticksPerSecond = 100): number {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // Fields 14 (utime) and 15 (stime) of the whole line are 12 and 13 after the name.
  const userTicks = Number(afterName[11])
  const systemTicks = Number(afterName[12])
  if (!Number.isFinite(userTicks) || !Number.isFinite(systemTicks)) {
    throw new Error('bench: unexpected /proc/<pid>/stat format.')
  }
  return ((userTicks + systemTicks) * 1000) / ticksPerSecond
}
