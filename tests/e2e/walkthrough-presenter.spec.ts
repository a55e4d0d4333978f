import { expect, test, type Page } from '@playwright/test'

import { DEMO_SERVICE_ID_APIKEY, DEMO_USER_APIKEY } from '@/lib/emulator'

import { mintToken } from './support/inspect'
import { exchangeDemoKey, expectDone, gotoWalkthrough, openStep, step } from './support/walkthrough'

async function sessionToken(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).token.accessToken
}

/** Everything a projector could show: rendered text, the DOM as HTML, and field values. */
async function everythingOnScreen(page: Page): Promise<string> {
  const text = await page.evaluate(() => document.body.innerText)
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')]
      .map((field) => (field as HTMLInputElement).value)
      .join('\n'),
  )
  // The DOM without its scripts: the server's props (the fake demo keys) travel in those, unseen.
  const html = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement
    for (const script of body.querySelectorAll('script')) script.remove()
    return body.outerHTML
  })
  return [text, values, html].join('\n')
}

test('presenter mode masks every token and key on the page', async ({ page }) => {
  await gotoWalkthrough(page, '/walkthrough?presenter=1')
  await expect(page.getByLabel('Presenter mode')).toBeChecked()

  await exchangeDemoKey(page, { remember: true })
  const token = await sessionToken(page)
  await expect(step(page, 2).getByRole('button', { name: 'Reveal' })).toBeDisabled()

  const useToken = await openStep(page, 3)
  await expect(useToken.getByLabel('Show my token in the command')).toBeDisabled()
  await useToken.getByRole('button', { name: 'Run the call' }).click()
  await expect(useToken.getByTestId('ae-answer')).toContainText('HTTP 200')
  await expect(useToken.getByTestId('ae-answer')).not.toContainText('sandbox-hmac-access-key')

  const cli = await openStep(page, 4)
  await cli.getByRole('button', { name: 'Write my token as the CLI prints it' }).click()
  await cli.getByRole('button', { name: 'Inspect' }).click()
  await expectDone(page, 4)
  await expect(cli.getByText('What you pasted, masked')).toBeVisible()
  await expect(cli.getByLabel('Output of ibmcloud iam oauth-tokens')).toHaveValue('')

  await openStep(page, 1)
  await openStep(page, 5)
  const screen = await everythingOnScreen(page)
  expect(await page.content()).not.toContain(token)
  expect(screen).not.toContain(token)
  expect(screen).not.toContain(DEMO_USER_APIKEY)
  expect(screen).not.toContain(DEMO_SERVICE_ID_APIKEY)
})

test('a pasted CLI output is masked after inspect, and the minted token is not on screen', async ({
  page,
}) => {
  await gotoWalkthrough(page, '/walkthrough?presenter=1')
  const minted = await mintToken()
  const cli = await openStep(page, 4)
  await cli.getByLabel('Output of ibmcloud iam oauth-tokens').fill(`IAM token:  Bearer ${minted}`)
  await cli.getByRole('button', { name: 'Inspect' }).click()

  await expect(cli.getByText(/^IAM token: {2}Bearer eyJ\S+•+\S+$/)).toBeVisible()
  expect(await everythingOnScreen(page)).not.toContain(minted)
})

test('presenter mode is remembered, and ?presenter=0 turns it off', async ({ page }) => {
  await gotoWalkthrough(page)
  await expect(page.getByLabel('Presenter mode')).not.toBeChecked()
  await page.getByLabel('Presenter mode').check()

  await page.reload()
  await expect(page.getByLabel('Presenter mode')).toBeChecked()
  await expect(step(page, 1).getByText(DEMO_USER_APIKEY)).toHaveCount(0)

  await gotoWalkthrough(page, '/walkthrough?presenter=0')
  await expect(page.getByLabel('Presenter mode')).not.toBeChecked()
  await gotoWalkthrough(page)
  await expect(page.getByLabel('Presenter mode')).not.toBeChecked()
})

test('the demo countdown runs through its states to "Expired", and the real token stays', async ({
  page,
}) => {
  await page.clock.install()
  await gotoWalkthrough(page, '/walkthrough?presenter=1')
  await exchangeDemoKey(page)
  const token = await sessionToken(page)

  const expiry = await openStep(page, 5)
  const demo = expiry.getByTestId('demo-clock')
  await expect(demo).toContainText('the real token lasts 60 minutes')
  await demo.getByRole('button', { name: 'Start the 2-minute demo' }).click()
  const clock = demo.getByTestId('countdown')
  await expect(clock.getByTestId('countdown-clock')).toHaveText('02:00')
  await expect(clock).toHaveAttribute('data-urgency', 'ok')

  await page.clock.fastForward('01:41')
  await expect(clock).toHaveAttribute('data-urgency', 'soon')
  await page.clock.fastForward('00:16')
  await expect(clock).toHaveAttribute('data-urgency', 'critical')
  await page.clock.fastForward('00:05')
  await expect(clock.getByTestId('countdown-clock')).toHaveText('Expired')
  await expect(clock).toHaveAttribute('data-urgency', 'expired')

  // The real token's countdown has moved on by two minutes only; the session is unchanged.
  await expect(expiry.getByTestId('countdown').first().getByTestId('countdown-clock')).toHaveText(
    /^57:[45]\d$/,
  )
  expect(await sessionToken(page)).toBe(token)

  await demo.getByRole('button', { name: 'Renew now' }).click()
  await expect(clock.getByTestId('countdown-clock')).toHaveText('02:00')
})

test('without presenter mode, Reveal shows the whole token in step 2', async ({ page }) => {
  await gotoWalkthrough(page)
  await exchangeDemoKey(page)
  const token = await sessionToken(page)
  expect(await everythingOnScreen(page)).not.toContain(token)

  await step(page, 2).getByRole('button', { name: 'Reveal' }).click()
  await expect(step(page, 2).getByTestId('iam-response')).toContainText(token)
})
