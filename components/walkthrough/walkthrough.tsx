'use client'

import { useCallback, useEffect, useState, type ReactNode } from 'react'

import { SESSION_KEY, useForgetToken, useSessionState } from '@/lib/client/session-hooks'
import { useSessionSync } from '@/lib/client/session-sync'
import type { SessionState } from '@/lib/session/token-view'
import type { WalkthroughEvent } from '@/lib/walkthrough/done-rules'
import type { PresenterChoice } from '@/lib/walkthrough/presenter'
import { progressText, withStepsDone } from '@/lib/walkthrough/progress'
import { STEPS, getStep, type StepId } from '@/lib/walkthrough/steps'

import { card } from '../ui/styles'
import { PresenterToggle } from './presenter-toggle'
import { ProgressSummary } from './progress-summary'
import { StepCli } from './step-cli'
import { StepCreateKey } from './step-create-key'
import { StepExchange } from './step-exchange'
import { StepExpiry } from './step-expiry'
import { StepSection } from './step-section'
import { StepUseToken } from './step-use-token'
import type { WalkthroughSandbox } from './types'
import { usePresenterMode } from './use-presenter-mode'
import { useProgress } from './use-progress'
import { useStepNavigation } from './use-step-navigation'

export interface WalkthroughProps {
  initialSession: SessionState
  iamUrl: string
  aeApiUrl: string | null
  sandbox: WalkthroughSandbox | null
  presenterFromUrl: PresenterChoice | null
}

/** The onboarding walkthrough: five steps, each marked done when the user has done it. */
export function Walkthrough(props: WalkthroughProps) {
  const { initialSession, sandbox } = props
  const { data } = useSessionState(initialSession)
  const session = data ?? initialSession
  useSessionSync(SESSION_KEY)

  const progress = useProgress()
  const presenter = usePresenterMode(props.presenterFromUrl)
  const navigation = useStepNavigation()
  const forgetToken = useForgetToken()
  const [announcement, setAnnouncement] = useState('')

  const { record } = progress
  const note = useCallback(
    (event: WalkthroughEvent) => {
      const added = record(event)
      if (added.length === 0) return
      const titles = added.map((id) => `Step ${getStep(id).number} done`).join('. ')
      setAnnouncement(`${titles}. ${progressText(withStepsDone(progress.done, added))}.`)
    },
    [record, progress.done],
  )

  // A token IAM issued for a key, from this page or the workbench, means step 1 was done. Only
  // the stored marks change here; an action on this page is what gets announced.
  const hasKeyToken = session.token?.source === 'apikey'
  useEffect(() => {
    if (hasKeyToken) record({ kind: 'session-has-key-token' })
  }, [hasKeyToken, record])

  function startOver() {
    progress.reset()
    setAnnouncement('Progress cleared and the token forgotten. Start again at step 1.')
    void forgetToken.trigger()
    navigation.goTo('step-1')
  }

  const token = session.token?.accessToken ?? null
  const sandboxNotes: Record<StepId, ReactNode> = {
    'step-1': (
      <>
        No IBM Cloud account needed: IAM here is the local emulator at{' '}
        <span className="font-mono">{sandbox?.iamHost}</span>, which takes the demo keys below
        instead of real ones.
      </>
    ),
    'step-2': (
      <>
        The exchange goes to the emulator, not IBM Cloud, and its answer has IAM&apos;s fields. Use
        the demo key; the curl command below runs against the emulator as it is.
      </>
    ),
    'step-3': (
      <>The call goes to the emulator&apos;s Analytics Engine; the demo instance is filled in.</>
    ),
    'step-4': (
      <>
        There is no ibmcloud CLI here: write your sandbox token the way the CLI prints it with the
        button below, or paste real CLI output. Both are inspected the same way.
      </>
    ),
    'step-5': (
      <>
        Sandbox tokens also last an hour. Presenter mode adds a 2-minute demo clock to watch expiry
        happen.
      </>
    ),
  }

  const content: Record<StepId, ReactNode> = {
    'step-1': <StepCreateKey sandbox={sandbox} masked={presenter.masked} />,
    'step-2': (
      <StepExchange
        iamUrl={props.iamUrl}
        sandbox={sandbox}
        masked={presenter.masked}
        onExchanged={() => note({ kind: 'exchanged-in-step-2' })}
      />
    ),
    'step-3': (
      <StepUseToken
        aeApiUrl={props.aeApiUrl}
        sandbox={sandbox}
        token={token}
        masked={presenter.masked}
        onAnswered={(status) => note({ kind: 'ae-call-answered', status })}
      />
    ),
    'step-4': (
      <StepCli
        sandbox={sandbox}
        token={token}
        masked={presenter.masked}
        onInspected={(inputKind) => note({ kind: 'inspected', inputKind })}
      />
    ),
    'step-5': (
      <StepExpiry
        session={session}
        sandbox={sandbox}
        isStep2Done={progress.done.includes('step-2')}
        isPresenting={presenter.isOn}
        onTokenObtained={(previousToken, newToken) =>
          note({ kind: 'token-obtained-in-step-5', previousToken, newToken })
        }
      />
    ),
  }

  return (
    <div className="space-y-6">
      <div className={`${card} grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]`}>
        <ProgressSummary
          done={progress.done}
          announcement={announcement}
          onGoTo={navigation.goTo}
          onStartOver={startOver}
          isStartingOver={forgetToken.isMutating}
        />
        <div className="border-t border-slate-200 pt-5 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6 dark:border-slate-800">
          <PresenterToggle isOn={presenter.isOn} onChange={presenter.setOn} />
        </div>
      </div>

      <ol className="space-y-4">
        {STEPS.map((step) => (
          <li key={step.id}>
            <StepSection
              step={step}
              isOpen={navigation.openSteps.has(step.id)}
              isDone={progress.done.includes(step.id)}
              onToggle={() => navigation.toggle(step.id)}
              setToggle={(element) => navigation.registerToggle(step.id, element)}
              sandboxNote={sandbox ? sandboxNotes[step.id] : null}
            >
              {content[step.id]}
            </StepSection>
          </li>
        ))}
      </ol>
    </div>
  )
}
