import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

import { mintToken } from './support/inspect'
import { expectDone, gotoWalkthrough, openStep, step, stepToggle } from './support/walkthrough'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** axe's serious and critical findings, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ')
      return `${violation.id} (${violation.impact}): ${violation.help} at ${where}`
    })
}

async function openAllSteps(page: Page): Promise<void> {
  for (const n of [1, 2, 3, 4, 5]) await openStep(page, n)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious in any step state (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await gotoWalkthrough(page)
    await openAllSteps(page)
    expect(await seriousViolations(page), 'every step open, nothing done').toEqual([])

    // A refused key and a refused call: the error states.
    const exchange = step(page, 2)
    await exchange.getByLabel('API key').fill('test-only-unknown-key')
    await exchange.getByRole('button', { name: 'Exchange for a token' }).click()
    await expect(exchange.getByRole('alert')).toContainText('BXNIM0415E')
    await step(page, 3).getByRole('button', { name: 'Run the call' }).click()
    await expect(step(page, 3).getByRole('alert')).toBeVisible()
    expect(await seriousViolations(page), 'error states').toEqual([])

    // Every step done, with its answers on screen.
    await exchange.getByRole('button', { name: 'Use the demo key' }).click()
    await exchange.getByLabel('Remember my key for renewal').check()
    await exchange.getByRole('button', { name: 'Exchange for a token' }).click()
    await expect(exchange.getByTestId('iam-response')).toBeVisible()
    await step(page, 3).getByRole('button', { name: 'Run the call' }).click()
    await expect(step(page, 3).getByTestId('ae-answer')).toBeVisible()
    const cli = step(page, 4)
    await cli
      .getByLabel('Output of ibmcloud iam oauth-tokens')
      .fill(`IAM token:  Bearer ${await mintToken()}`)
    await cli.getByRole('button', { name: 'Inspect' }).click()
    await expect(cli.getByTestId('cli-inspect-result')).toBeVisible()
    await step(page, 5).getByRole('button', { name: 'Renew now' }).click()
    await expectDone(page, 5)
    expect(await seriousViolations(page), 'all five steps done').toEqual([])

    // Presenter mode, with the demo clock running.
    await page.getByLabel('Presenter mode').check()
    await step(page, 5).getByRole('button', { name: 'Start the 2-minute demo' }).click()
    expect(await seriousViolations(page), 'presenter mode').toEqual([])
  })
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 120): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

test('steps 1 to 3 can be completed with the keyboard alone, with visible focus', async ({
  page,
}) => {
  await gotoWalkthrough(page)
  await page.locator('body').click({ position: { x: 1, y: 1 } })

  // Step 1 closes and opens with Space on its heading button.
  await tabTo(page, stepToggle(page, 1))
  await expect(stepToggle(page, 1)).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Space')
  await expect(stepToggle(page, 1)).toHaveAttribute('aria-expanded', 'false')

  await tabTo(page, stepToggle(page, 2))
  await page.keyboard.press('Enter')
  await expect(stepToggle(page, 2)).toHaveAttribute('aria-expanded', 'true')
  const useDemoKey = step(page, 2).getByRole('button', { name: 'Use the demo key' })
  await tabTo(page, useDemoKey)
  await expect(useDemoKey).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Enter')
  const exchangeButton = step(page, 2).getByRole('button', { name: 'Exchange for a token' })
  await tabTo(page, exchangeButton)
  await page.keyboard.press('Enter')
  await expectDone(page, 1)
  await expectDone(page, 2)

  await tabTo(page, stepToggle(page, 3))
  await page.keyboard.press('Enter')
  const run = step(page, 3).getByRole('button', { name: 'Run the call' })
  await tabTo(page, run)
  await expect(run).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Enter')
  await expectDone(page, 3)
})

test('step 4 and 5 work from the keyboard too', async ({ page }) => {
  await gotoWalkthrough(page, '/walkthrough#step-2')
  const useDemoKey = step(page, 2).getByRole('button', { name: 'Use the demo key' })
  await tabTo(page, useDemoKey)
  await page.keyboard.press('Enter')
  await tabTo(page, step(page, 2).getByLabel('Remember my key for renewal'))
  await page.keyboard.press('Space')
  await tabTo(page, step(page, 2).getByRole('button', { name: 'Exchange for a token' }))
  await page.keyboard.press('Enter')
  await expectDone(page, 2)

  await tabTo(page, stepToggle(page, 4))
  await page.keyboard.press('Enter')
  await tabTo(
    page,
    step(page, 4).getByRole('button', { name: 'Write my token as the CLI prints it' }),
  )
  await page.keyboard.press('Enter')
  await tabTo(page, step(page, 4).getByRole('button', { name: 'Inspect' }))
  await page.keyboard.press('Enter')
  await expectDone(page, 4)

  await tabTo(page, stepToggle(page, 5))
  await page.keyboard.press('Enter')
  await tabTo(page, step(page, 5).getByRole('button', { name: 'Renew now' }))
  await page.keyboard.press('Enter')
  await expectDone(page, 5)
})
