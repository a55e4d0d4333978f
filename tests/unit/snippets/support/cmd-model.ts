// TEST-ONLY MODEL of Windows cmd.exe reading a line at the interactive prompt. There is no
// Windows here: this simulates the parsing rules as documented by Microsoft (`cmd /?`, `set /?`)
// and the widely cited reverse-engineered description ("How does the Windows Command
// Interpreter (CMD.EXE) parse scripts?", phases 1 and 2). It is deliberately strict: anything
// it does not model (operators, blocks, `%VAR:…%` edits) throws, so a snippet cannot pass by
// wandering outside the model.
//
// Phase 1, percent expansion, command-line flavour: `%NAME%` of a defined variable (names are
// case-insensitive) becomes its value; an undefined one stays as typed and scanning resumes AT
// its closing `%`, which may open the next reference; a lone `%` stays. Applied to each
// physical line as it is read (continuation lines are read, and expanded, one at a time).
//
// Phase 2: `"` toggles quoting, always. Outside quotes `^` makes the next character literal and
// is removed; a `^` ending a line joins the next line, whose first character is then literal.
// Outside quotes `& | < > ( )` would start an operator or block: the model refuses them.
import { parseMsvcrtCommandLine } from './msvcrt-model'

export type CmdEnv = Readonly<Record<string, string>>

function lookup(env: CmdEnv, name: string): string | undefined {
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name.toUpperCase())
  return key === undefined ? undefined : env[key]
}

export function percentExpand(line: string, env: CmdEnv): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const char = line[i] ?? ''
    if (char !== '%') {
      out += char
      i += 1
      continue
    }
    const close = line.indexOf('%', i + 1)
    if (close === -1) return out + line.slice(i)
    const name = line.slice(i + 1, close)
    const colon = name.indexOf(':')
    if (colon !== -1 && lookup(env, name.slice(0, colon)) !== undefined) {
      throw new Error(`cmd model: %${name}% (substring/replace syntax) is not modelled`)
    }
    const value = name === '' ? undefined : lookup(env, name)
    if (value === undefined) {
      out += `%${name}`
      i = close
    } else {
      out += value
      i = close + 1
    }
  }
  return out
}

/** Phase 2 over the expanded physical lines of ONE command; returns the command line. */
export function caretAndQuotes(physicalLines: readonly string[]): string {
  const lines = [...physicalLines]
  let out = ''
  let quoted = false
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    const line = lines[lineIndex] ?? ''
    let joinsNext = false
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i] ?? ''
      if (char === '"') {
        quoted = !quoted
        out += char
      } else if (quoted) {
        out += char
      } else if (char === '^') {
        if (i === line.length - 1) {
          joinsNext = true
        } else {
          out += line[i + 1]
          i += 1
        }
      } else if ('&|<>()'.includes(char)) {
        throw new Error(`cmd model: unescaped '${char}' outside quotes in: ${line}`)
      } else {
        out += char
      }
    }
    if (!joinsNext) {
      const rest = lines.slice(lineIndex + 1).filter((next) => next.trim() !== '')
      if (rest.length > 0) throw new Error('cmd model: more than one command; the model runs one')
      return out
    }
    const next = lines[lineIndex + 1]
    if (next === undefined || next === '') {
      throw new Error('cmd model: a continuation caret needs a non-empty next line')
    }
    // The first character of the continued line is taken literally (it is "escaped").
    out += next[0]
    lines[lineIndex + 1] = next.slice(1)
  }
  return out
}

/** What the program receives: the command line after both cmd phases. */
export function cmdCommandLine(snippet: string, env: CmdEnv): string {
  const lines = snippet.split('\n').map((line) => percentExpand(line, env))
  return caretAndQuotes(lines)
}

/** The argv a C-runtime program (curl.exe) sees when `snippet` is pasted into cmd. */
export function cmdArgv(snippet: string, env: CmdEnv): string[] {
  return parseMsvcrtCommandLine(cmdCommandLine(snippet, env))
}

/**
 * `set "NAME=value"` as cmd runs it (`set /?`): with the quoted form, the value runs from after
 * `=` to the last quote on the line.
 */
export function cmdSet(snippet: string, env: CmdEnv): { name: string; value: string } {
  const line = cmdCommandLine(snippet, env)
  const match = /^set "([^=]+)=(.*)"[^"]*$/s.exec(line)
  if (match === null) throw new Error(`cmd model: not a quoted set command: ${line}`)
  return { name: match[1] ?? '', value: match[2] ?? '' }
}
