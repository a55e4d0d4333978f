/** How this server introduces itself to IAM and Analytics Engine, for their logs and support. */
export const USER_AGENT = 'iam-token-workbench/0.1'
