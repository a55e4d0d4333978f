import { expect, type Locator, type Page } from '@playwright/test'

import { recordSessionToken } from './secrets'

/** Helpers for the walkthrough specs: steps by number, opening them, and their done marks. */

export const PROGRESS_KEY = 'iamwb.walkthrough.done'

export function step(page: Page, n: number): Locator {
  return page.locator(`#step-${n}`)
}

/** The button in the step's heading that opens and closes it. */
export function stepToggle(page: Page, n: number): Locator {
  return step(page, n).getByRole('heading', { level: 2 }).getByRole('button')
}

export async function openStep(page: Page, n: number): Promise<Locator> {
  const toggle = stepToggle(page, n)
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  return step(page, n)
}

export async function expectDone(page: Page, n: number): Promise<void> {
  await expect(step(page, n).getByText('Done', { exact: true })).toBeVisible()
  await expect(step(page, n)).toHaveAttribute('data-done', 'true')
}

export async function expectNotDone(page: Page, n: number): Promise<void> {
  await expect(step(page, n).getByText('To do', { exact: true })).toBeVisible()
}

export function progress(page: Page): Locator {
  return page.getByTestId('walkthrough-progress')
}

/** The page once React has taken over: the key form's submit button is enabled then. */
export async function gotoWalkthrough(page: Page, path = '/walkthrough'): Promise<void> {
  await page.goto(path)
  await expect(
    step(page, 2).getByRole('button', { name: 'Exchange for a token', includeHidden: true }),
  ).toBeEnabled()
}

/** Step 2 with the demo key: the first thing every walk does. */
export async function exchangeDemoKey(page: Page, { remember = false } = {}): Promise<void> {
  const exchange = await openStep(page, 2)
  await exchange.getByRole('button', { name: 'Use the demo key' }).click()
  if (remember) await exchange.getByLabel('Remember my key for renewal').check()
  await exchange.getByRole('button', { name: 'Exchange for a token' }).click()
  await expect(exchange.getByTestId('iam-response')).toBeVisible()
  await recordSessionToken(page.request)
}
