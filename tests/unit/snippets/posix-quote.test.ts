// bash/zsh quoting, proven by running the real shells: each quoted word is printed back by
// `printf '%s\0'` and must come out byte for byte. Interactive bash matters because it adds
// history expansion (`!`), which a plain `bash -c` never does.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { posixSingleQuote, posixWord } from '@/lib/snippets/quote/posix'
import { env, text } from '@/lib/snippets/types'
import type { Value } from '@/lib/snippets/types'

import { AWKWARD } from './support/awkward'
import { hasCommand, run, runBash, runInteractiveBash } from './support/tools'

const hasZsh = hasCommand('zsh')
const VARIABLES = { IAM_TOKEN: 'tok.en-1', INSTANCE_ID: 'inst', APP_ID: 'app' }

function printEach(words: readonly string[]): string {
  return `printf '%s\\0' ${words.join(' ')}`
}

function printed(stdout: string): string[] {
  return stdout.split('\0').slice(0, -1)
}

/** What the shell should print for a value, with the test's variable values. */
function expected(value: Value): string {
  return value
    .map((part) => ('env' in part ? VARIABLES[part.env as keyof typeof VARIABLES] : part.text))
    .join('')
}

/**
 * Some characters cannot be pasted into a terminal at all, whatever the quoting: the tty turns a
 * carriage return into a newline, and a tab triggers completion unless the terminal uses
 * bracketed paste. The interactive runs leave those samples out; snippets never contain them.
 */
const PASTEABLE = AWKWARD.filter((sample) => !/[\r\t]/.test(sample))

const RANDOM_TEXT = fc
  .sample(fc.string({ unit: 'binary', maxLength: 24 }), { numRuns: 300, seed: 20261203 })
  .filter((sample) => !sample.includes('\0'))

describe('posixSingleQuote', () => {
  it('round-trips awkward text through bash -c', () => {
    const result = runBash(printEach(AWKWARD.map(posixSingleQuote)))
    expect(result.stderr).toBe('')
    expect(printed(result.stdout)).toEqual(AWKWARD)
  })

  it('round-trips awkward text through an interactive bash, where ! is history expansion', () => {
    const result = runInteractiveBash(printEach(PASTEABLE.map(posixSingleQuote)))
    expect(result.stderr).not.toMatch(/event not found/)
    expect(printed(result.stdout)).toEqual(PASTEABLE)
  })

  it('round-trips 300 random Unicode strings through bash -c', () => {
    const result = runBash(printEach(RANDOM_TEXT.map(posixSingleQuote)))
    expect(printed(result.stdout)).toEqual(RANDOM_TEXT)
  })

  it('writes a quote as close, escaped quote, reopen', () => {
    expect(posixSingleQuote("it's")).toBe(`'it'\\''s'`)
  })
})

describe('posixWord', () => {
  const mixed: Value[] = PASTEABLE.flatMap((sample) => [
    [text(sample), env('IAM_TOKEN'), text(sample)],
    [env('INSTANCE_ID'), text(sample)],
    [text(sample), env('APP_ID')],
  ])
  const adjacency: Value[] = [
    [env('IAM_TOKEN'), text('_suffix')],
    [env('IAM_TOKEN'), text('9')],
    [env('IAM_TOKEN'), text(':h')],
    [env('IAM_TOKEN'), text('[1]')],
    [env('IAM_TOKEN'), text('é')],
    [env('IAM_TOKEN'), env('APP_ID')],
    [text('Bearer '), env('IAM_TOKEN')],
    [text('a'), text(''), env('APP_ID'), text(''), text('b')],
  ]

  it('single-quotes text without variables', () => {
    expect(posixWord([text('a b')])).toBe(`'a b'`)
  })

  it('expands variables in double quotes and keeps everything else literal (bash -c)', () => {
    const values = [...mixed, ...adjacency]
    const result = runBash(printEach(values.map(posixWord)), { env: VARIABLES })
    expect(result.stderr).toBe('')
    expect(printed(result.stdout)).toEqual(values.map(expected))
  })

  it('does the same in an interactive bash, with ! moved out of the double quotes', () => {
    const values = [...mixed, ...adjacency]
    const result = runInteractiveBash(printEach(values.map(posixWord)), { env: VARIABLES })
    expect(result.stderr).not.toMatch(/event not found|bad substitution/)
    expect(printed(result.stdout)).toEqual(values.map(expected))
  })

  it('isolates ! in single quotes', () => {
    expect(posixWord([text('a!b '), env('IAM_TOKEN')])).toBe(`"a"'!'"b $IAM_TOKEN"`)
  })

  it('braces a variable whose next character would extend or modify its name', () => {
    expect(posixWord([env('IAM_TOKEN'), text('/x')])).toBe('"$IAM_TOKEN/x"')
    expect(posixWord([env('IAM_TOKEN'), text('x')])).toBe('"${IAM_TOKEN}x"')
    expect(posixWord([env('IAM_TOKEN'), text(':h')])).toBe('"${IAM_TOKEN}:h"')
  })

  it('refuses a lone surrogate, which no shell can receive', () => {
    expect(() => posixSingleQuote('\uD800')).toThrow(/surrogate/)
  })

  it.skipIf(!hasZsh)(
    `round-trips through zsh -c and interactive zsh${hasZsh ? '' : ' (skipped: zsh is not installed)'}`,
    () => {
      const values = [...AWKWARD.map((sample) => [text(sample)]), ...mixed, ...adjacency]
      const script = printEach(values.map(posixWord))
      const plain = run('zsh', ['-f', '-c', script], { env: VARIABLES })
      expect(printed(plain.stdout)).toEqual(values.map(expected))
      const interactive = run('zsh', ['-f', '-i'], { env: VARIABLES, stdin: `${script}\nexit\n` })
      expect(printed(interactive.stdout)).toEqual(values.map(expected))
    },
  )
})
