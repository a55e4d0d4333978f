import { cpus, loadavg, totalmem } from 'node:os'

export interface MachineInfo {
  date: string
  node: string
  cpuModel: string
  cpuCount: number
  memoryGb: number
  /** 1-minute load average when the run started: how busy the shared machine was. */
  loadAverage: number
}

export function describeMachine(now = new Date()): MachineInfo {
  const cores = cpus()
  return {
    date: now.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    node: process.version,
    cpuModel: cores[0]?.model.trim() ?? 'unknown CPU',
    cpuCount: cores.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg()[0] ?? 0,
  }
}

export function machineLine(machine: MachineInfo): string {
  return (
    `${machine.date} · Node ${machine.node} · ${machine.cpuModel} × ${machine.cpuCount} CPUs · ` +
    `${machine.memoryGb} GB · load average ${machine.loadAverage.toFixed(2)} at start`
  )
}
