import type { Metadata } from 'next'
import { connection } from 'next/server'

import { SandboxNotice } from '@/components/layout/sandbox-notice'
import type { WalkthroughSandbox } from '@/components/walkthrough/types'
import { Walkthrough } from '@/components/walkthrough/walkthrough'
import { getConfig } from '@/lib/config'
import { isSandboxIam } from '@/lib/config/sandbox'
// From identities.ts, not the emulator's index: only these strings, no server code.
import {
  DEMO_INSTANCE_ID,
  DEMO_SERVICE_ID_APIKEY,
  DEMO_USER_APIKEY,
} from '@/lib/emulator/identities'
import { currentSessionState } from '@/lib/session/current-session'
import { presenterFromQuery } from '@/lib/walkthrough/presenter'

export const metadata: Metadata = {
  title: 'Walkthrough · IAM Token Workbench',
  description:
    'Learn how IBM Cloud IAM tokens work for IBM Analytics Engine, step by step: API key, REST ' +
    'exchange, Bearer header, CLI, expiry.',
}

interface WalkthroughPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The onboarding walkthrough. Rendered per request: it starts from the session's cookie. */
export default async function WalkthroughPage({ searchParams }: WalkthroughPageProps) {
  await connection()
  const config = getConfig()
  const session = await currentSessionState()
  const { presenter } = await searchParams
  const iamHost = new URL(config.iamUrl).host

  // The demo keys reach the browser only when IAM is the emulator that accepts them.
  const sandbox: WalkthroughSandbox | null = isSandboxIam(config.iamUrl)
    ? {
        iamHost,
        demoKeys: [
          {
            apikey: DEMO_USER_APIKEY,
            label: 'the demo key',
            description: 'Demo user key (acts as the user Dana Demo)',
          },
          {
            apikey: DEMO_SERVICE_ID_APIKEY,
            label: 'the demo service ID key',
            description: 'Demo service ID key (acts as a service ID)',
          },
        ],
        demoInstanceId: DEMO_INSTANCE_ID,
      }
    : null

  return (
    <>
      {sandbox ? <SandboxNotice iamHost={iamHost} /> : null}
      <div className="mb-8">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Walkthrough: IAM tokens for IBM Analytics Engine
        </h1>
        <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
          How IAM tokens work, in five steps: create an API key, exchange it for a token over REST,
          use the token in an Analytics Engine call, do the same with the IBM Cloud CLI, and see
          what happens when the hour is up. Each step is marked done once you have done it.
        </p>
      </div>
      <Walkthrough
        initialSession={session}
        iamUrl={config.iamUrl}
        aeApiUrl={config.aeApiUrl ?? null}
        sandbox={sandbox}
        presenterFromUrl={presenterFromQuery(presenter)}
      />
    </>
  )
}
