// cmd.exe quoting. There is no Windows here: every check runs through the TEST-ONLY MODEL in
// ./support/cmd-model.ts (cmd's percent expansion, carets and quote toggling) and
// ./support/msvcrt-model.ts (how curl.exe splits its command line). The model is checked first
// against behaviour documented for real cmd, and must catch the classic mistakes.
import { describe, expect, it } from 'vitest'

import { cmdArgument, cmdSetCommand } from '@/lib/snippets/quote/cmd'
import { env, text } from '@/lib/snippets/types'
import type { Value } from '@/lib/snippets/types'

import { AWKWARD_ONE_LINE } from './support/awkward'
import { cmdArgv, cmdSet, percentExpand } from './support/cmd-model'
import { parseMsvcrtCommandLine } from './support/msvcrt-model'

const TOKEN = 'tok.en-1'
/** Variables a user's cmd session may well have, named like fragments of the samples. */
const SESSION = {
  IAM_TOKEN: TOKEN,
  INSTANCE_ID: 'inst',
  APP_ID: 'app',
  PATH: 'C:\\Windows',
  HOME: 'C:\\Users\\me',
  ' off ': 'EXPANDED',
  '=': 'EXPANDED',
  a: 'EXPANDED',
}

function expected(value: Value): string {
  return value
    .map((part) => ('env' in part ? SESSION[part.env as keyof typeof SESSION] : part.text))
    .join('')
}

function argvOf(argument: string): string[] {
  return cmdArgv(`curl.exe ${argument}`, SESSION)
}

describe('the cmd model itself', () => {
  it('keeps an undefined %NAME% and rescans at its closing %', () => {
    // The documented example: with b=a, `echo %a %b% c%` prints `%a a c%`.
    expect(percentExpand('%a %b% c%', { b: 'a' })).toBe('%a a c%')
  })

  it('expands inside double quotes, where no escape exists', () => {
    expect(percentExpand('"%PATH%"', SESSION)).toBe('"C:\\Windows"')
  })

  it('refuses an unescaped & outside quotes', () => {
    expect(() => argvOf('a&b')).toThrow(/unescaped '&'/)
  })

  it('flips quoting at every ", so naive quoting of JSON exposes the & inside it', () => {
    expect(() => argvOf('"{\\"q\\":\\"a&b\\"}"')).toThrow(/unescaped '&'/)
  })

  it('applies the C runtime backslash rules', () => {
    expect(parseMsvcrtCommandLine('p "a\\"b" c\\\\"d e" f\\g')).toEqual([
      'p',
      'a"b',
      'c\\d e',
      'f\\g',
    ])
  })
})

describe('cmdArgument', () => {
  const values: Value[] = AWKWARD_ONE_LINE.flatMap((sample) => [
    [text(sample)],
    [text(sample), env('IAM_TOKEN'), text(sample)],
    [env('INSTANCE_ID'), text(sample)],
    [text(sample), env('APP_ID')],
  ])

  it('delivers every awkward value to curl.exe unchanged, even with tricky variables set', () => {
    for (const value of values) {
      expect(argvOf(cmdArgument(value)), JSON.stringify(value)).toEqual([
        'curl.exe',
        expected(value),
      ])
    }
  })

  it('keeps working when the argument is continued onto another line with ^', () => {
    const line = `curl.exe ${cmdArgument([text('a "b" c&d')])} ^\n  ${cmdArgument([text('100%PATH%')])}`
    expect(cmdArgv(line, SESSION)).toEqual(['curl.exe', 'a "b" c&d', '100%PATH%'])
  })

  it('writes the everyday cases plainly', () => {
    expect(cmdArgument([text('Authorization: Bearer '), env('IAM_TOKEN')])).toBe(
      '"Authorization: Bearer %IAM_TOKEN%"',
    )
    expect(cmdArgument([text('{"a":"b"}')])).toBe('"{\\"a\\":\\"b\\"}"')
  })

  it('caret-escapes specials that fall outside cmd quotes after an escaped quote', () => {
    expect(cmdArgument([text('"a&b"')])).toBe('"\\"a^&b\\""')
  })

  it('writes a literal % outside quotes with a caret after it', () => {
    expect(cmdArgument([text('%PATH%')])).toBe('""%^"PATH%^"')
  })

  it('refuses a line break, which would end the command', () => {
    expect(() => cmdArgument([text('a\nb')])).toThrow(/line break/)
  })
})

describe('cmdSetCommand', () => {
  it('sets the exact value, specials included', () => {
    for (const value of ['eyJ.abc-_', 'a&b|c<d>e^f(g)', 'with space ']) {
      expect(cmdSet(cmdSetCommand('IAM_TOKEN', value), SESSION)).toEqual({
        name: 'IAM_TOKEN',
        value,
      })
    }
  })

  it('refuses % and " which have no safe form inside set "…"', () => {
    expect(() => cmdSetCommand('IAM_TOKEN', '50%')).toThrow(/cannot contain/)
    expect(() => cmdSetCommand('IAM_TOKEN', 'a"b')).toThrow(/cannot contain/)
  })
})
