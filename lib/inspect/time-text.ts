/** "4 minutes", "1 hour", "12 seconds": the largest whole unit, for "expired … ago". */
export function roughDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const units: Array<[string, number]> = [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ]
  for (const [name, size] of units) {
    const count = Math.floor(seconds / size)
    if (count >= 1) return `${count} ${name}${count === 1 ? '' : 's'}`
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`
}
