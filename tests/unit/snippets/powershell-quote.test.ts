// PowerShell quoting. pwsh is not installed here, so every rule is checked against the test-only
// model in ./support/powershell-model.ts; when pwsh is on PATH the same samples also run through
// the real thing. The model is checked first: it must catch the classic mistakes.
import { describe, expect, it } from 'vitest'

import {
  legacyNativeArgument,
  psExpandableString,
  psSingleQuote,
  psString,
} from '@/lib/snippets/quote/powershell'
import { env, text } from '@/lib/snippets/types'
import type { Value } from '@/lib/snippets/types'

import { AWKWARD } from './support/awkward'
import { evaluatePsString } from './support/powershell-model'
import { legacyNativeArgv } from './support/powershell-native-model'
import { hasCommand, run } from './support/tools'

const hasPwsh = hasCommand('pwsh')
const VARIABLES = { IAM_TOKEN: 'tok.en-1', INSTANCE_ID: 'inst', APP_ID: 'app' }

function expected(value: Value): string {
  return value
    .map((part) => ('env' in part ? VARIABLES[part.env as keyof typeof VARIABLES] : part.text))
    .join('')
}

const MIXED: Value[] = AWKWARD.flatMap((sample) => [
  [text(sample), env('IAM_TOKEN'), text(sample)],
  [env('INSTANCE_ID'), text(sample)],
  [text('Bearer '), env('IAM_TOKEN')],
])

describe('the PowerShell model itself', () => {
  it('ends a single-quoted string at a typographic quote, as PowerShell does', () => {
    expect(() => evaluatePsString(`'it’s'`)).toThrow(/ended early/)
  })

  it('does not expand variables in single quotes (the httpsnippet mistake)', () => {
    expect(evaluatePsString(`'Bearer $env:IAM_TOKEN'`, VARIABLES)).toBe('Bearer $env:IAM_TOKEN')
  })

  it('refuses an unintended expansion in double quotes', () => {
    expect(() => evaluatePsString('"cost: $(whoami)"')).toThrow(/unmodelled expansion/)
  })

  it('shows Windows PowerShell 5.1 losing the quotes of a JSON argument', () => {
    expect(legacyNativeArgv('curl.exe', ['{"a":"b c"}'])).not.toEqual(['curl.exe', '{"a":"b c"}'])
  })
})

describe('psSingleQuote', () => {
  it('round-trips awkward text, typographic quotes included', () => {
    for (const sample of AWKWARD) expect(evaluatePsString(psSingleQuote(sample))).toBe(sample)
  })

  it('doubles every kind of single quote', () => {
    expect(psSingleQuote(`it's ‘x’`)).toBe(`'it''s ‘‘x’’'`)
  })
})

describe('psExpandableString', () => {
  it('expands $env: variables and keeps everything else literal', () => {
    for (const value of MIXED) {
      expect(evaluatePsString(psExpandableString(value), VARIABLES)).toBe(expected(value))
    }
  })

  it('braces a variable whose next character would join its name', () => {
    expect(psExpandableString([text('Bearer '), env('IAM_TOKEN')])).toBe('"Bearer $env:IAM_TOKEN"')
    expect(psExpandableString([env('IAM_TOKEN'), text(':x')])).toBe('"${env:IAM_TOKEN}:x"')
    expect(psExpandableString([env('IAM_TOKEN'), text('_x')])).toBe('"${env:IAM_TOKEN}_x"')
  })

  it('escapes $, backtick and every kind of double quote with a backtick', () => {
    expect(psExpandableString([text('$a `b "c“'), env('APP_ID')])).toBe(
      '"`$a ``b `"c`“$env:APP_ID"',
    )
  })
})

describe('arguments for curl.exe', () => {
  const values: Value[] = [...AWKWARD.map((sample) => [text(sample)]), ...MIXED]

  it('PowerShell 7.3+ passes the string value through unchanged', () => {
    for (const value of values)
      expect(evaluatePsString(psString(value), VARIABLES)).toBe(expected(value))
  })

  it('Windows PowerShell 5.1: the pre-escaped value reaches curl.exe exactly as intended', () => {
    for (const value of values) {
      const psValue = evaluatePsString(psString(legacyNativeArgument(value)), VARIABLES)
      expect(legacyNativeArgv('curl.exe', [psValue])).toEqual(['curl.exe', expected(value)])
    }
  })

  it('Windows PowerShell 5.1: JSON gets \\" escapes', () => {
    expect(psString(legacyNativeArgument([text('{"a":"b"}')]))).toBe(`'{\\"a\\":\\"b\\"}'`)
  })
})

describe.skipIf(!hasPwsh)(`real pwsh${hasPwsh ? '' : ' (skipped: pwsh is not installed)'}`, () => {
  it('prints every quoted sample back unchanged', () => {
    const samples = AWKWARD.filter((sample) => !sample.includes('\r'))
    const script = samples
      .map((sample) => `[Console]::Out.Write(${psSingleQuote(sample)} + [char]0)`)
      .join('\n')
    const result = run('pwsh', ['-NoProfile', '-NonInteractive', '-Command', '-'], {
      stdin: `${script}\n`,
    })
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(samples)
  })

  it('hands expandable strings to a native program unchanged (7.3+ argument passing)', () => {
    const lines = MIXED.map(
      (value) =>
        `python3 -c 'import sys; sys.stdout.write(sys.argv[1] + chr(0))' ${psString(value)}`,
    )
    const result = run('pwsh', ['-NoProfile', '-NonInteractive', '-Command', '-'], {
      env: VARIABLES,
      stdin: `$PSNativeCommandArgumentPassing = 'Standard'\n${lines.join('\n')}\n`,
    })
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(MIXED.map(expected))
  })
})
