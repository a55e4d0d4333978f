/** A calm, always-visible reminder that tokens come from the local emulator, not IBM Cloud. */
export function SandboxNotice({ iamHost }: { iamHost: string }) {
  return (
    <div
      className="mb-6 flex items-start gap-3 rounded-lg border border-violet-200 bg-violet-50 px-4 py-3 text-sm text-violet-900 dark:border-violet-900 dark:bg-violet-950/50 dark:text-violet-200"
      data-testid="sandbox-notice"
    >
      <span className="mt-0.5 rounded bg-violet-600 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-white uppercase">
        Sandbox
      </span>
      <p>
        IAM here is the local emulator at <span className="font-mono">{iamHost}</span>, so nothing
        reaches IBM Cloud. The demo keys are printed by{' '}
        <span className="font-mono">npm run demo</span> and every copied snippet runs against the
        emulator too.
      </p>
    </div>
  )
}
