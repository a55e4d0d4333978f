// Values and JSON bodies as expressions in Python, JavaScript and Go: variables are read from
// the environment, text parts become string literals, joined with `+`.
import { goString, javascriptString, pythonString } from '../quote/languages'
import { isEnvPart, normalizeValue } from '../types'
import type { JsonValue, Value } from '../types'

export interface LanguageSyntax {
  string: (text: string) => string
  envRead: (name: string) => string
  /** How `+` is written between parts. */
  plus: string
}

export const PYTHON_SYNTAX: LanguageSyntax = {
  string: pythonString,
  envRead: (name) => `os.environ[${pythonString(name)}]`,
  plus: ' + ',
}

export const JAVASCRIPT_SYNTAX: LanguageSyntax = {
  string: javascriptString,
  envRead: (name) => `process.env.${name}`,
  plus: ' + ',
}

export const GO_SYNTAX: LanguageSyntax = {
  string: goString,
  envRead: (name) => `os.Getenv(${goString(name)})`,
  // gofmt drops the spaces around + inside a call with several arguments, the only place used.
  plus: '+',
}

/** `'Bearer ' + os.environ['IAM_TOKEN']` and the like. */
export function valueExpression(value: Value, syntax: LanguageSyntax): string {
  const parts = normalizeValue(value)
  if (parts.length === 0) return syntax.string('')
  return parts
    .map((part) => (isEnvPart(part) ? syntax.envRead(part.env) : syntax.string(part.text)))
    .join(syntax.plus)
}

export interface LiteralStyle {
  string: (text: string) => string
  key: (name: string) => string
  /** Python spells these True, False and None. */
  keywords: { true: string; false: string; null: string }
  indentUnit: string
}

/** A JSON value as a source literal; objects one entry per line, scalar arrays inline. */
export function jsonLiteral(value: JsonValue, style: LiteralStyle, indent = ''): string {
  if (value === null) return style.keywords.null
  if (typeof value === 'boolean') return value ? style.keywords.true : style.keywords.false
  if (typeof value === 'number') return JSON.stringify(value)
  if (typeof value === 'string') return style.string(value)
  const inner = indent + style.indentUnit
  if (Array.isArray(value)) {
    const items = value.map((item: JsonValue) => jsonLiteral(item, style, inner))
    const scalars = value.every((item: JsonValue) => item === null || typeof item !== 'object')
    if (scalars) return `[${items.join(', ')}]`
    return `[\n${items.map((item) => `${inner}${item},\n`).join('')}${indent}]`
  }
  const entries = Object.entries(value as Record<string, JsonValue>)
  if (entries.length === 0) return '{}'
  const lines = entries.map(
    ([key, item]) => `${inner}${style.key(key)}: ${jsonLiteral(item, style, inner)},\n`,
  )
  return `{\n${lines.join('')}${indent}}`
}
