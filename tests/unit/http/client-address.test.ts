import { describe, expect, it } from 'vitest'

import { addressKey } from '@/lib/http/client-address'

describe('addressKey', () => {
  it('keeps IPv4 addresses and other text as they are', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7')
    expect(addressKey(' 198.51.100.7 ')).toBe('198.51.100.7')
    expect(addressKey('unknown')).toBe('unknown')
  })

  it('counts every address of an IPv6 /64 as one client', () => {
    const key = '2001:db8:85a3:1::/64'
    expect(addressKey('2001:db8:85a3:1::1')).toBe(key)
    expect(addressKey('2001:0DB8:85a3:0001:ffff:ffff:ffff:ffff')).toBe(key)
    expect(addressKey('[2001:db8:85a3:1:0:0:0:2]')).toBe(key)
    expect(addressKey('2001:db8:85a3:2::1')).not.toBe(key)
  })

  it('expands compressed forms and embedded IPv4 tails', () => {
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('::ffff:198.51.100.7')).toBe('0:0:0:0::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })
})
