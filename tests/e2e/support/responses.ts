import type { Page } from '@playwright/test'

/**
 * Everything the page receives from now on — headers and bodies — for "never appears in any
 * response" checks. `texts()` waits for every body still being read, so a late response (the
 * HTML of a reload) cannot slip past the check.
 */
export function collectResponses(page: Page): { texts: () => Promise<string[]> } {
  const pending: Promise<string>[] = []
  page.on('response', (response) => {
    pending.push(
      response
        .text()
        .catch(() => '')
        .then((body) => `${JSON.stringify(response.headers())}\n${body}`),
    )
  })
  return { texts: () => Promise.all(pending) }
}
