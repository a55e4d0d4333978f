/** What the page knows about the sandbox, when IAM is the local emulator; null otherwise. */
export interface WalkthroughSandbox {
  iamHost: string
  demoKeys: readonly DemoKeyOffer[]
  demoInstanceId: string
}

export interface DemoKeyOffer {
  /** The emulator's demo key: fake, safe to show on this page (never on the workbench). */
  apikey: string
  /** "the demo key", "the demo service ID key": completes "Use …". */
  label: string
  description: string
}
