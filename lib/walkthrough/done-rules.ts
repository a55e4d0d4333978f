// When a step earns its done mark: only when the user has actually done the thing. Each event
// the page observes maps to the steps it completes, given what is done already.
import type { StepId } from './steps'

/** The inspect kinds that are CLI output (or the Bearer header the CLI prints). */
const CLI_KINDS = new Set(['cli_text', 'cli_json', 'bearer_header'])

export type WalkthroughEvent =
  /** The session holds a token IAM issued for an API key (here or on the workbench). */
  | { kind: 'session-has-key-token' }
  /** Step 2's own form exchanged a key for a token. */
  | { kind: 'exchanged-in-step-2' }
  /** Step 3's call reached Analytics Engine, which answered with `status`. */
  | { kind: 'ae-call-answered'; status: number }
  /** Step 4's paste was inspected and recognised as `inputKind`. */
  | { kind: 'inspected'; inputKind: string }
  /** Step 5 obtained a token (renewed, or exchanged the key again). */
  | { kind: 'token-obtained-in-step-5'; previousToken: string | null; newToken: string }

export function stepsEarnedBy(event: WalkthroughEvent, done: readonly StepId[]): StepId[] {
  switch (event.kind) {
    case 'session-has-key-token':
      return ['step-1']
    case 'exchanged-in-step-2':
      return ['step-1', 'step-2']
    case 'ae-call-answered':
      return event.status >= 200 && event.status < 300 ? ['step-3'] : []
    case 'inspected':
      return CLI_KINDS.has(event.inputKind) ? ['step-4'] : []
    case 'token-obtained-in-step-5':
      return isRenewal(event, done) ? ['step-1', 'step-5'] : ['step-1']
  }
}

/** A second token after step 2's: step 2 is done and the token is not the one held before. */
function isRenewal(
  event: { previousToken: string | null; newToken: string },
  done: readonly StepId[],
): boolean {
  return done.includes('step-2') && event.newToken !== event.previousToken
}
