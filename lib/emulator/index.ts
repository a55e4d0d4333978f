// Public API of the local IAM emulator (see README.md in this folder).
export { startEmulator } from './server'
export type {
  DemoKey,
  DemoKeyKind,
  EmulatorOptions,
  EmulatorStats,
  Fault,
  FaultKind,
  FaultTarget,
  MintOverrides,
  RunningEmulator,
} from './types'
export {
  DEMO_INSTANCE_ID,
  DEMO_KEYS,
  DEMO_SERVICE_ID,
  DEMO_SERVICE_ID_APIKEY,
  DEMO_USER,
  DEMO_USER_APIKEY,
} from './identities'
export type { DemoIdentity } from './identities'
