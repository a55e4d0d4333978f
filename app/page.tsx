import { connection } from 'next/server'

import { SandboxNotice } from '@/components/layout/sandbox-notice'
import { Workbench } from '@/components/workbench/workbench'
import { getConfig } from '@/lib/config'
import { isSandboxIam } from '@/lib/config/sandbox'
import { currentSessionState } from '@/lib/session/current-session'

/** The workbench. Rendered per request: it starts from the session in the request's cookie. */
export default async function HomePage() {
  await connection()
  const config = getConfig()
  const session = await currentSessionState()

  return (
    <>
      {isSandboxIam(config.iamUrl) ? <SandboxNotice iamHost={new URL(config.iamUrl).host} /> : null}
      <div className="mb-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          IBM Cloud IAM access tokens, without the copy-paste accidents
        </h1>
        <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
          Exchange an API key for a token on this server, watch how long it has left, and copy
          ready-made commands that use it with IBM Analytics Engine.
        </p>
      </div>
      <Workbench
        initialSession={session}
        iamUrl={config.iamUrl}
        aeApiUrl={config.aeApiUrl ?? null}
      />
    </>
  )
}
