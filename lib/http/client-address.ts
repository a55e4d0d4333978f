import { isIPv6 } from 'node:net'

/**
 * The key a client's requests are counted under: its address, or for IPv6 its /64 network —
 * one subscriber usually holds a whole /64 and could otherwise rotate addresses for fresh budgets.
 */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/^\[|\]$/g, '')
  if (!isIPv6(bare)) return bare
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`
}

/** The eight hextets of an IPv6 address, `::` expanded, an embedded IPv4 tail converted. */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0] ?? address
  const ipv4Tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(withoutZone)
  const hexOnly = ipv4Tail
    ? withoutZone.slice(0, ipv4Tail.index) +
      [
        (Number(ipv4Tail[1]) << 8) | Number(ipv4Tail[2]),
        (Number(ipv4Tail[3]) << 8) | Number(ipv4Tail[4]),
      ]
        .map((n) => n.toString(16))
        .join(':')
    : withoutZone

  const [head = '', tail] = hexOnly.split('::')
  const headParts = head === '' ? [] : head.split(':')
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':')
  const missing = tail === undefined ? 0 : 8 - headParts.length - tailParts.length
  return [...headParts, ...Array<string>(missing).fill('0'), ...tailParts].map((part) =>
    part.toLowerCase().replace(/^0+(?=.)/, ''),
  )
}
