// String literals for Python, JavaScript and Go. Python and Node.js run for real and print each
// literal back; Go is not installed, so Go literals are checked by parsing them as JSON, whose
// string grammar covers every escape the Go quoter emits (\" \\ \n \r \t \uXXXX), plus a check
// that nothing else appears.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  goRawOrString,
  goString,
  javascriptString,
  pythonString,
} from '@/lib/snippets/quote/languages'

import { AWKWARD } from './support/awkward'
import { hasCommand, run } from './support/tools'

const RANDOM_TEXT = fc.sample(fc.string({ unit: 'binary', maxLength: 24 }), {
  numRuns: 200,
  seed: 7,
})
const SAMPLES = [...AWKWARD, '\0nul', '\u0007bell\u007f', 'line\u2028sep\u2029', ...RANDOM_TEXT]
const hasGo = hasCommand('go')

function printedBack(program: string, args: string[], source: string): string[] {
  const result = run(program, args, { stdin: source })
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as string[]
}

describe('pythonString', () => {
  it.skipIf(!hasCommand('python3'))('round-trips through python3', () => {
    const source = `import json\nprint(json.dumps([${SAMPLES.map(pythonString).join(', ')}]))\n`
    expect(printedBack('python3', ['-'], source)).toEqual(SAMPLES)
  })
})

describe('javascriptString', () => {
  it('round-trips through node', () => {
    const source = `console.log(JSON.stringify([${SAMPLES.map(javascriptString).join(', ')}]))\n`
    expect(printedBack('node', ['--input-type=module'], source)).toEqual(SAMPLES)
  })
})

describe('goString', () => {
  it('uses only escapes that Go and JSON share, and decodes back to the text', () => {
    for (const sample of SAMPLES) {
      const literal = goString(sample)
      expect(literal.replace(/\\["\\nrt]|\\u[0-9a-f]{4}/g, '')).not.toMatch(/\\/)
      expect(JSON.parse(literal)).toBe(sample)
    }
  })

  it('prefers a raw string and falls back when the text has a backquote or CR', () => {
    expect(goRawOrString('{"a":"b"}')).toBe('`{"a":"b"}`')
    expect(goRawOrString('a`b')).toBe('"a`b"')
    expect(goRawOrString('a\rb')).toBe('"a\\rb"')
  })

  it.skipIf(!hasGo)(
    `round-trips through go run${hasGo ? '' : ' (skipped: go is not installed)'}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'go-literals-'))
      const literals = SAMPLES.filter((sample) => !sample.includes('\0')).map(goRawOrString)
      writeFileSync(
        join(dir, 'main.go'),
        `package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n)\n\nfunc main() {\n\tout, _ := json.Marshal([]string{${literals.join(', ')}})\n\tfmt.Println(string(out))\n}\n`,
      )
      const result = run('go', ['run', join(dir, 'main.go')], { timeoutMs: 120_000 })
      expect(JSON.parse(result.stdout)).toEqual(SAMPLES.filter((sample) => !sample.includes('\0')))
    },
  )
})
