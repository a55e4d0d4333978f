// HTTPie (`http`), run from bash or zsh. Request items are `Header:value`, `field=value` (with
// --form) and a raw JSON body via --raw (HTTPie 3.2+). Item values never hold backslashes here
// (URLs, tokens, GUIDs), so HTTPie's own backslash escapes are not needed. --ignore-stdin: when
// stdin is not a terminal (inside $(…), a script, a notebook cell) HTTPie would otherwise read it
// as the body and refuse to mix it with the request items.
import { posixWord } from '../quote/posix'
import { text } from '../types'
import type { HttpRequest } from '../types'

export function httpieCommand(request: HttpRequest, indent = ''): string {
  const body = request.body
  const target = `${request.method} ${posixWord(request.url)}`
  // A JSON body goes first on a line of its own, so the method and URL stay readable.
  const lines =
    body?.kind === 'json'
      ? [`http --ignore-stdin --raw ${posixWord([text(JSON.stringify(body.json))])}`, target]
      : [`http --ignore-stdin ${body?.kind === 'form' ? '--form ' : ''}${target}`]
  for (const header of request.headers) {
    // --form sets the form Content-Type itself.
    if (body?.kind === 'form' && header.name.toLowerCase() === 'content-type') continue
    lines.push(posixWord([text(`${header.name}:`), ...header.value]))
  }
  if (body?.kind === 'form') {
    for (const field of body.fields) lines.push(posixWord([text(`${field.name}=`), ...field.value]))
  }
  return lines
    .map((line, index) => (index === 0 ? `${indent}${line}` : `${indent}  ${line}`))
    .join(' \\\n')
}
