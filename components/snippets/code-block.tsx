import { CopyButton } from '../ui/copy-button'
import { codeBlock } from '../ui/styles'

interface CodeBlockProps {
  title: string
  code: string
  /** What the copy button says it copied, e.g. "the token request for bash". */
  copyWhat: string
  notes?: readonly string[]
  testId?: string
}

/** A titled snippet with a copy button and its caveats underneath. Long lines wrap. */
export function CodeBlock({ title, code, copyWhat, notes = [], testId }: CodeBlockProps) {
  return (
    <figure className="min-w-0" data-testid={testId}>
      <figcaption className="mb-2 flex items-center justify-between gap-3">
        <span className="text-sm font-medium text-slate-800 dark:text-slate-200">{title}</span>
        <CopyButton text={code} what={copyWhat} />
      </figcaption>
      <pre className={`${codeBlock} [overflow-wrap:anywhere] whitespace-pre-wrap`}>
        <code data-testid={testId ? `${testId}-code` : undefined}>{code}</code>
      </pre>
      {notes.length > 0 ? (
        <ul className="mt-2 space-y-1 text-xs text-slate-600 dark:text-slate-400">
          {notes.map((note) => (
            <li key={note} className="flex gap-1.5">
              <span aria-hidden="true">•</span>
              <span>{note}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  )
}
