/** The value below which `fraction` of the samples fall (nearest rank); NaN when empty. */
export function percentile(sortedAscending: readonly number[], fraction: number): number {
  if (sortedAscending.length === 0) return Number.NaN
  const rank = Math.ceil(fraction * sortedAscending.length)
  const index = Math.min(sortedAscending.length - 1, Math.max(0, rank - 1))
  return sortedAscending[index] ?? Number.NaN
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  )
}
