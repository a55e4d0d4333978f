// The snippet engine: copy-paste snippets that get an IBM Cloud IAM token and call the IBM
// Analytics Engine API with it, for bash/zsh, PowerShell 7 and 5.1, cmd, HTTPie, Python,
// Node.js and Go. Pure functions without Node APIs, so they run in the browser too.
//
// Every snippet comes from one request description (./types) rendered per target, and every
// bit of quoting comes from ./quote. The engine has no parameter for an API key: snippets read
// it from IBMCLOUD_API_KEY.
export { TARGETS, getTarget } from './targets'
export type { Target, TargetId, ShellId } from './targets'
export type { Snippet } from './types'

export { renderGetToken } from './get-token'
export type { GetTokenOptions } from './get-token'
export { DEFAULT_IAM_URL } from './token-request'

export { renderSetToken } from './set-token'
export type { SetTokenOptions } from './set-token'

export { renderAeCall } from './ae-call'
export type { AeCallOptions } from './ae-call'
export { AE_OPERATIONS, WORDCOUNT_APPLICATION } from './ae/operations'
export type { AeOperation, AeOperationId } from './ae/operations'
export { AE_APIS, AE_REGIONS } from './ae/regions'
export type { AeApi, AeRegion } from './ae/regions'
export { parseAeTarget, parseApplicationId } from './ae/parse-target'
export type { AeTarget, AeTargetField, AeTargetInput, Validation } from './ae/parse-target'

export { renderCli } from './cli'
export type { CliOptions } from './cli'
