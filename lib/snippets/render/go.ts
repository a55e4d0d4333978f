// Go with net/http: a complete program (package main), formatted the way gofmt would.
import { goRawOrString, goString } from '../quote/languages'
import type { HttpRequest } from '../types'
import { GO_SYNTAX, valueExpression } from './language-values'

type Tail = 'print' | 'capture-token'

function imports(request: HttpRequest, tail: Tail): string[] {
  const paths = ['fmt', 'io', 'net/http', 'os', 'time']
  if (request.body !== undefined) paths.push('strings')
  if (request.body?.kind === 'form') paths.push('net/url')
  if (tail === 'capture-token') paths.push('encoding/json')
  return paths.sort()
}

function bodyLines(request: HttpRequest): { setup: string[]; reader: string } {
  const body = request.body
  if (body === undefined) return { setup: [], reader: 'nil' }
  if (body.kind === 'json') {
    return { setup: [], reader: `strings.NewReader(${goRawOrString(JSON.stringify(body.json))})` }
  }
  const setup = ['form := url.Values{}']
  for (const field of body.fields) {
    setup.push(`form.Set(${goString(field.name)}, ${valueExpression(field.value, GO_SYNTAX)})`)
  }
  return { setup, reader: 'strings.NewReader(form.Encode())' }
}

const PRINT_TAIL = [
  'fmt.Println(resp.Status, string(out))',
  'if resp.StatusCode >= 300 {',
  '\tos.Exit(1)',
  '}',
]

const CAPTURE_TOKEN_TAIL = [
  'var token struct {',
  '\tAccessToken string `json:"access_token"`',
  '\tExpiration  int64  `json:"expiration"`',
  '}',
  'if json.Unmarshal(out, &token) != nil || token.AccessToken == "" {',
  '\tpanic("IAM returned no token: " + resp.Status + " " + string(out))',
  '}',
  '// Later requests in this program read the token from the environment.',
  'os.Setenv("IAM_TOKEN", token.AccessToken)',
  'os.Setenv("IAM_TOKEN_EXPIRES_AT", time.Unix(token.Expiration, 0).UTC().Format(time.RFC3339))',
  'fmt.Println("IAM_TOKEN is set; it expires at", os.Getenv("IAM_TOKEN_EXPIRES_AT"))',
]

export function goProgram(request: HttpRequest, tail: Tail): string {
  const { setup, reader } = bodyLines(request)
  const url = valueExpression(request.url, GO_SYNTAX)
  const body = [
    ...setup,
    `req, err := http.NewRequest(${goString(request.method)}, ${url}, ${reader})`,
    'if err != nil {',
    '\tpanic(err)',
    '}',
    ...request.headers.map(
      (header) =>
        `req.Header.Set(${goString(header.name)}, ${valueExpression(header.value, GO_SYNTAX)})`,
    ),
    `client := &http.Client{Timeout: ${request.timeoutSeconds} * time.Second}`,
    'resp, err := client.Do(req)',
    'if err != nil {',
    '\tpanic(err)',
    '}',
    'defer resp.Body.Close()',
    'out, err := io.ReadAll(resp.Body)',
    'if err != nil {',
    '\tpanic(err)',
    '}',
    ...(tail === 'print' ? PRINT_TAIL : CAPTURE_TOKEN_TAIL),
  ]
  return [
    'package main',
    '',
    'import (',
    ...imports(request, tail).map((path) => `\t${goString(path)}`),
    ')',
    '',
    'func main() {',
    ...body.map((line) => (line === '' ? '' : `\t${line}`)),
    '}',
  ].join('\n')
}
