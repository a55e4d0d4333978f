// TEST-ONLY MODEL of how a Windows program built on the Microsoft C runtime (ucrt, VS 2008 and
// later; curl.exe is one) splits its command line into argv. No Windows machine is involved: this
// re-implements the documented rules ("Parsing C++ command-line arguments") so the Windows
// snippets can be checked here.
//
// - The program name ends at the first space or tab outside quotes; quotes only group there.
// - Arguments are separated by spaces or tabs outside quotes.
// - 2n backslashes + `"` give n backslashes and toggle quoting; 2n+1 backslashes + `"` give n
//   backslashes and a literal `"`; backslashes not before a quote are literal.
// - Inside quotes, `""` gives a literal `"` and stays inside quotes (the post-2008 rule).

const isBlank = (char: string | undefined) => char === ' ' || char === '\t'

export function parseMsvcrtCommandLine(line: string): string[] {
  let i = 0
  while (isBlank(line[i])) i += 1
  let program = ''
  let quoted = false
  for (; i < line.length; i += 1) {
    const char = line[i] ?? ''
    if (char === '"') quoted = !quoted
    else if (!quoted && isBlank(char)) break
    else program += char
  }
  const argv = [program]

  for (;;) {
    while (isBlank(line[i])) i += 1
    if (i >= line.length) return argv
    let arg = ''
    quoted = false
    while (i < line.length) {
      let slashes = 0
      while (line[i] === '\\') {
        slashes += 1
        i += 1
      }
      if (line[i] === '"') {
        arg += '\\'.repeat(Math.floor(slashes / 2))
        if (slashes % 2 === 1) {
          arg += '"'
          i += 1
        } else if (quoted && line[i + 1] === '"') {
          arg += '"'
          i += 2
        } else {
          quoted = !quoted
          i += 1
        }
        continue
      }
      arg += '\\'.repeat(slashes)
      const char = line[i]
      if (char === undefined || (!quoted && isBlank(char))) break
      arg += char
      i += 1
    }
    argv.push(arg)
  }
}
