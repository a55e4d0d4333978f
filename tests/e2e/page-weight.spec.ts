import path from 'node:path'

import { expect, test, type Response } from '@playwright/test'

import { firstLoadJs, gzipSize } from '../../scripts/bench/first-load-js'

// The cross-check behind `npm run check:budget`: the chunks it reads from the build manifests are
// exactly the scripts Chromium fetches on a cold load of the page, byte for byte.
test('the budget check counts exactly the scripts Chromium downloads on a cold load of /', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const scripts: Response[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response)
  })

  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const expected = firstLoadJs(path.resolve('.next'), '/')
  const downloaded = await Promise.all(
    scripts.map(async (response) => ({
      url: new URL(response.url()).pathname,
      body: await response.body(),
      encoding: response.headers()['content-encoding'],
      wireBytes: (await response.request().sizes()).responseBodySize,
    })),
  )

  expect(downloaded.map((script) => script.url).sort()).toEqual(
    expected.chunks.map((chunk) => chunk.url).sort(),
  )
  const gzipped = downloaded.reduce((sum, script) => sum + gzipSize(script.body), 0)
  expect(gzipped).toBe(expected.gzipBytes)

  // What actually crossed the wire, gzipped by the server as it streamed: the same within 2 %.
  expect(downloaded.every((script) => script.encoding === 'gzip')).toBe(true)
  const onTheWire = downloaded.reduce((sum, script) => sum + script.wireBytes, 0)
  expect(Math.abs(onTheWire - expected.gzipBytes) / expected.gzipBytes).toBeLessThan(0.02)
  console.log(
    `first-load JS of /: ${expected.gzipBytes} bytes by the check, ${gzipped} gzipped from ` +
      `what Chromium got, ${onTheWire} on the wire`,
  )
  await context.close()
})
