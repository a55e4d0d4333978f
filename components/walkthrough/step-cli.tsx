'use client'

import { useId, useRef, useState, type FormEvent } from 'react'

import { useHydrated } from '@/lib/client/use-hydrated'
import { useInspectToken } from '@/lib/inspect/client-hooks'
import { RECOGNITION_MESSAGES } from '@/lib/inspect/messages'
import { recognizeInput } from '@/lib/inspect/recognize'
import { renderCli } from '@/lib/snippets'
import { maskTokensInText } from '@/lib/walkthrough/presenter'
import { cn } from '@/lib/ui/cn'

import { alertBox } from '../inspect/styles'
import { CodeBlock } from '../snippets/code-block'
import { maskToken } from '../ui/reveal-button'
import { AlertIcon, Spinner } from '../ui/icons'
import { codeBlock, primaryButton, secondaryButton, textInput } from '../ui/styles'
import { CliInspectResult } from './cli-inspect-result'
import { factList, fieldLabel, inlineCode, prose, stepSubheading, subtlePanel } from './styles'
import type { WalkthroughSandbox } from './types'

interface StepCliProps {
  sandbox: WalkthroughSandbox | null
  /** The session's token, for making CLI-shaped text in the sandbox; null before step 2. */
  token: string | null
  masked: boolean
  onInspected: (kind: string) => void
}

/** Step 4: the IBM Cloud CLI way, why its output says "Bearer", and inspecting that output. */
export function StepCli({ sandbox, token, masked, onInspected }: StepCliProps) {
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [maskedPaste, setMaskedPaste] = useState<string | null>(null)
  const inspect = useInspectToken()
  const isHydrated = useHydrated()
  const id = useId()
  const login = renderCli('curl')
  const bearerToken = renderCli('curl', { via: 'bearer-token' })
  const powershell = renderCli('pwsh')

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const field = fieldRef.current
    if (!field || inspect.isMutating) return
    inspect.reset()

    // An API key is recognised here and never sent, as on the workbench's inspect panel.
    const recognized = recognizeInput(field.value)
    if (!recognized.ok) {
      if (recognized.problem === 'apikey') field.value = ''
      setProblem(RECOGNITION_MESSAGES[recognized.problem])
      return
    }

    setProblem(null)
    const pasted = field.value
    const result = await inspect.trigger(pasted)
    if (!result) return
    onInspected(result.kind)
    if (masked) {
      // On a projector the paste is shown masked from here on, and the field is emptied.
      setMaskedPaste(maskTokensInText(pasted, maskToken))
      field.value = ''
    }
  }

  function writeAsCli(sessionToken: string) {
    if (!fieldRef.current) return
    fieldRef.current.value = `IAM token:  Bearer ${sessionToken}\n`
    setMaskedPaste(null)
    setProblem(null)
  }

  const failure = problem ?? inspect.error?.message ?? null

  return (
    <>
      <div className={prose}>
        <p>
          The IBM Cloud CLI does the exchange for you. Log in once with your key (with{' '}
          <code className={inlineCode}>IBMCLOUD_API_KEY</code> set, plain{' '}
          <code className={inlineCode}>ibmcloud login</code> uses it), then ask for the token:
        </p>
        <pre className={cn(codeBlock, 'whitespace-pre-wrap')}>
          <code>
            {
              '$ ibmcloud iam oauth-tokens\nIAM token:  Bearer eyJraWQiOiIyMDI1MDMwMTA4NDQiLCJhbGciOiJSUzI1NiJ9…'
            }
          </code>
        </pre>
        <ul className={factList}>
          <li>
            <strong>Why &ldquo;Bearer&rdquo;:</strong> the CLI keeps and prints the token as a
            ready-made <code className={inlineCode}>Authorization</code> header value, scheme
            included. The JSON form (<code className={inlineCode}>--output json</code>, key{' '}
            <code className={inlineCode}>iam_token</code>) carries the prefix too.
          </li>
          <li>
            <strong>Strip it</strong> before you use the token anywhere that adds its own, such as{' '}
            <code className={inlineCode}>-H &quot;Authorization: Bearer $IAM_TOKEN&quot;</code>, or
            you send &ldquo;Bearer Bearer …&rdquo;.{' '}
            <code className={inlineCode}>
              ibmcloud iam oauth-tokens | awk &apos;{'{print $4}'}&apos;
            </code>{' '}
            prints the bare token; the lines below do it with jq and sed.
          </li>
          <li>
            Recent CLIs also have <code className={inlineCode}>ibmcloud iam bearer-token</code>,
            which prints the token without the prefix.
          </li>
        </ul>
      </div>

      <CodeBlock
        title="Log in, and keep the token in IAM_TOKEN without its prefix (bash or zsh)"
        code={login?.code ?? ''}
        copyWhat="the ibmcloud commands for bash"
        notes={login?.notes}
        testId="walkthrough-cli"
      />
      <details className={subtlePanel}>
        <summary className="cursor-pointer text-sm font-medium">
          Recent CLIs, and PowerShell
        </summary>
        <div className="mt-4 space-y-5">
          <CodeBlock
            title="ibmcloud iam bearer-token prints the bare token"
            code={bearerToken?.code ?? ''}
            copyWhat="the ibmcloud bearer-token commands for bash"
            notes={bearerToken?.notes}
          />
          <CodeBlock
            title="PowerShell"
            code={powershell?.code ?? ''}
            copyWhat="the ibmcloud commands for PowerShell"
            notes={powershell?.notes}
          />
        </div>
      </details>

      <form onSubmit={handleSubmit} className="space-y-3">
        <h3 className={stepSubheading}>Inspect what the CLI printed</h3>
        <label htmlFor={`${id}-paste`} className={fieldLabel}>
          Output of ibmcloud iam oauth-tokens
        </label>
        <textarea
          id={`${id}-paste`}
          ref={fieldRef}
          defaultValue=""
          rows={4}
          spellCheck={false}
          autoComplete="off"
          placeholder="IAM token:  Bearer eyJ…"
          aria-describedby={`${id}-paste-help`}
          className={cn(
            textInput,
            'resize-y text-xs leading-relaxed break-all',
            masked && '[-webkit-text-security:disc]',
          )}
        />
        <p id={`${id}-paste-help`} className="text-xs text-slate-600 dark:text-slate-400">
          The text goes to this workbench&apos;s server to be checked against IAM&apos;s published
          keys, and is neither stored nor logged. {masked ? 'Presenter mode hides it here.' : ''}
        </p>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={!isHydrated || inspect.isMutating}
            className={primaryButton}
          >
            {inspect.isMutating ? <Spinner /> : null}
            {inspect.isMutating ? 'Inspecting…' : 'Inspect'}
          </button>
          {sandbox && token ? (
            <button type="button" onClick={() => writeAsCli(token)} className={secondaryButton}>
              Write my token as the CLI prints it
            </button>
          ) : null}
        </div>
        <p aria-live="polite" className="sr-only">
          {inspect.isMutating ? 'Inspecting the pasted text…' : ''}
        </p>
      </form>

      {maskedPaste ? (
        <figure>
          <figcaption className="text-sm font-medium">What you pasted, masked</figcaption>
          <pre className={cn(codeBlock, 'mt-2 [overflow-wrap:anywhere] whitespace-pre-wrap')}>
            <code>{maskedPaste}</code>
          </pre>
        </figure>
      ) : null}

      {failure ? (
        <div role="alert" className={alertBox}>
          <AlertIcon className="mt-0.5 shrink-0" />
          <p>{failure}</p>
        </div>
      ) : inspect.data ? (
        <CliInspectResult result={inspect.data} />
      ) : null}
    </>
  )
}
