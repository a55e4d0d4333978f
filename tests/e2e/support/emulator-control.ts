import type { Fault, EmulatorStats } from '@/lib/emulator'

import { EMULATOR_URL } from './env'

/** Drives the emulator process the Playwright config started, through its control endpoints. */
export const emulatorControl = {
  async setFault(fault: Fault): Promise<void> {
    const response = await fetch(`${EMULATOR_URL}/__emulator/fault`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(fault),
    })
    if (!response.ok) throw new Error(`setFault failed: ${await response.text()}`)
  },

  async clearFaults(): Promise<void> {
    await fetch(`${EMULATOR_URL}/__emulator/fault`, { method: 'DELETE' })
  },

  async stats(): Promise<EmulatorStats> {
    return (await fetch(`${EMULATOR_URL}/__emulator/stats`)).json() as Promise<EmulatorStats>
  },

  async resetStats(): Promise<void> {
    await fetch(`${EMULATOR_URL}/__emulator/stats/reset`, { method: 'POST' })
  },
}
