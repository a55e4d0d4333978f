import type { DemoKeyOffer } from '../token/api-key-form'

export type { DemoKeyOffer }

/** What the page knows about the sandbox, when IAM is the local emulator; null otherwise. */
export interface WalkthroughSandbox {
  iamHost: string
  demoKeys: readonly DemoKeyOffer[]
  demoInstanceId: string
}
