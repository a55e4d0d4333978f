// Wrappers that run the token request and keep the result in IAM_TOKEN and IAM_TOKEN_EXPIRES_AT
// (ISO 8601 UTC). Each checks for access_token first, so an IAM error is printed and nothing
// is stored, rather than storing "null".

/**
 * bash/zsh: `command` prints IAM's JSON answer (curl or HTTPie). jq's `todate` turns the
 * `expiration` epoch seconds into e.g. 2026-01-01T12:00:00Z.
 */
export function bashTokenCapture(command: string): string {
  return [
    `IAM_RESPONSE=$(${command}) &&`,
    `  jq -e 'has("access_token")' <<<"$IAM_RESPONSE" >/dev/null &&`,
    `  export IAM_TOKEN="$(jq -r .access_token <<<"$IAM_RESPONSE")" \\`,
    `    IAM_TOKEN_EXPIRES_AT="$(jq -r '.expiration | todate' <<<"$IAM_RESPONSE")" ||`,
    `  { echo "IAM returned no token: $IAM_RESPONSE" >&2; false; }`,
  ].join('\n')
}

/**
 * PowerShell: `assignment` is `$iam = …` producing the parsed answer. The script block runs as
 * one unit even when pasted line by line, so a failed request stops before anything is set.
 */
export function powershellTokenCapture(assignment: string): string {
  return [
    '& {',
    "  $ErrorActionPreference = 'Stop'",
    assignment,
    '  if (-not $iam.access_token) { throw "IAM returned no token: $($iam | ConvertTo-Json -Compress)" }',
    '  $env:IAM_TOKEN = $iam.access_token',
    "  $env:IAM_TOKEN_EXPIRES_AT = [DateTimeOffset]::FromUnixTimeSeconds($iam.expiration).UtcDateTime.ToString('s') + 'Z'",
    '}',
  ].join('\n')
}
