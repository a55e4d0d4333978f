import { CopyButton } from '../ui/copy-button'
import { CodeBlock } from '../snippets/code-block'
import { factList, inlineCode, prose, stepSubheading, subtlePanel } from './styles'
import type { WalkthroughSandbox } from './types'

const BASH_SET_KEY = [
  '# Type or paste the key, then Enter: nothing is shown, and nothing lands in your history.',
  'read -rs IBMCLOUD_API_KEY && export IBMCLOUD_API_KEY',
  '',
  '# The short form (the key then sits in your shell history):',
  "export IBMCLOUD_API_KEY='<your API key>'",
].join('\n')

const POWERSHELL_SET_KEY = [
  '# PowerShell 7.1 or later: asks for the key without showing it.',
  "$env:IBMCLOUD_API_KEY = Read-Host -MaskInput 'API key'",
  '',
  '# The short form (the key then sits in your PowerShell history):',
  "$env:IBMCLOUD_API_KEY = '<your API key>'",
].join('\n')

interface StepCreateKeyProps {
  sandbox: WalkthroughSandbox | null
  masked: boolean
}

/** Step 1: where API keys come from, the two kinds, and how to keep one. */
export function StepCreateKey({ sandbox, masked }: StepCreateKeyProps) {
  return (
    <>
      <div className={prose}>
        <h3 className={stepSubheading}>Where</h3>
        <p>
          In the IBM Cloud console, open <strong>Manage → Access (IAM) → API keys</strong> and press{' '}
          <strong>Create</strong>. Give the key a name that says what it is for and, if you like, a
          description.
        </p>

        <h3 className={stepSubheading}>User key or service ID key</h3>
        <ul className={factList}>
          <li>
            A <strong>user API key</strong> acts as you, with all the access you have. Use it for
            your own scripts and the CLI; the API keys page above creates this kind.
          </li>
          <li>
            A <strong>service ID API key</strong> belongs to a service ID: an identity for
            automation that is not tied to a person, so it keeps working when people move on, and it
            gets only the access its job needs. Create one under{' '}
            <strong>Manage → Access (IAM) → Service IDs</strong>, open the service ID, then{' '}
            <strong>API keys → Create</strong>.
          </li>
        </ul>

        <h3 className={stepSubheading}>Shown once</h3>
        <p>
          IBM Cloud shows the key only once, right after you create it: copy it or download it then
          (the download is a small JSON file, <code className={inlineCode}>apikey.json</code>
          ). If you lose it, delete the key and create a new one; a key IAM cannot find is refused
          with <code className={inlineCode}>BXNIM0415E</code>.
        </p>

        <h3 className={stepSubheading}>Keep it like a password</h3>
        <p>
          Anyone with the key can get tokens as you. Never commit it, never paste it into a chat, a
          ticket or a URL. Keep it in the environment variable{' '}
          <code className={inlineCode}>IBMCLOUD_API_KEY</code>: the IBM Cloud CLI reads it, and
          every snippet in this workbench does too.
        </p>
      </div>

      <div className="space-y-5">
        <CodeBlock
          title="bash or zsh"
          code={BASH_SET_KEY}
          copyWhat="the bash lines that set IBMCLOUD_API_KEY"
          testId="walkthrough-set-key-bash"
        />
        <CodeBlock
          title="PowerShell"
          code={POWERSHELL_SET_KEY}
          copyWhat="the PowerShell lines that set IBMCLOUD_API_KEY"
          testId="walkthrough-set-key-powershell"
        />
      </div>

      {sandbox ? <DemoKeys sandbox={sandbox} masked={masked} /> : null}
    </>
  )
}

/** The sandbox's keys, in place of a real one: fake, and masked in presenter mode all the same. */
function DemoKeys({ sandbox, masked }: { sandbox: WalkthroughSandbox; masked: boolean }) {
  return (
    <div className={subtlePanel}>
      <h3 className={stepSubheading}>Your keys in the sandbox</h3>
      <ul className="mt-3 space-y-3 text-sm">
        {sandbox.demoKeys.map((offer) => (
          <li key={offer.apikey} className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <p className="font-medium">{offer.description}</p>
              <p className="font-mono text-xs break-all text-slate-700 dark:text-slate-300">
                {masked ? '••••••••••••••••' : offer.apikey}
              </p>
            </div>
            <CopyButton text={offer.apikey} what={offer.label} />
          </li>
        ))}
      </ul>
    </div>
  )
}
