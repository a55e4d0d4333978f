import path from 'node:path'

import { expect, test, type Response } from '@playwright/test'

import { firstLoadJs, gzipSize } from '../../scripts/bench/first-load-js'

/** The scripts the server's HTML asks for, as paths; `nomodule` ones are skipped by browsers. */
function scriptsInHtml(html: string): string[] {
  const tags = html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []
  return tags
    .filter((tag) => !/\bnomodule\b/i.test(tag))
    .map((tag) => new URL(/\bsrc="([^"]+)"/.exec(tag)?.[1] ?? '', 'http://x').pathname)
}

// The cross-check behind `npm run check:budget`: the chunks it reads from the build manifests
// are exactly the scripts the page's HTML loads, and what Chromium downloads for them gzips to
// the same number of bytes. Panels loaded lazily after hydration come on top and do not count.
test('the budget check counts exactly the scripts Chromium downloads for the HTML of /', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const scripts: Response[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response)
  })

  const document = await page.goto('/', { waitUntil: 'networkidle' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const expected = firstLoadJs(path.resolve('.next'), '/')
  const initial = scriptsInHtml((await document?.text()) ?? '')
  expect(initial.sort()).toEqual(expected.chunks.map((chunk) => chunk.url).sort())

  const downloaded = await Promise.all(
    scripts.map(async (response) => ({
      url: new URL(response.url()).pathname,
      body: await response.body(),
      encoding: response.headers()['content-encoding'],
      wireBytes: (await response.request().sizes()).responseBodySize,
    })),
  )
  const firstLoad = downloaded.filter((script) => initial.includes(script.url))
  expect(firstLoad.map((script) => script.url).sort()).toEqual(initial.sort())
  const gzipped = firstLoad.reduce((sum, script) => sum + gzipSize(script.body), 0)
  expect(gzipped).toBe(expected.gzipBytes)

  // What actually crossed the wire, gzipped by the server as it streamed (all but bodies under
  // 1 KB, which the server sends as they are): the same within 2 %.
  expect(
    firstLoad.every((script) => script.encoding === 'gzip' || script.body.byteLength < 1024),
  ).toBe(true)
  const onTheWire = firstLoad.reduce((sum, script) => sum + script.wireBytes, 0)
  expect(Math.abs(onTheWire - expected.gzipBytes) / expected.gzipBytes).toBeLessThan(0.02)

  const lazy = downloaded.filter((script) => !initial.includes(script.url))
  const lazyBytes = lazy.reduce((sum, script) => sum + script.wireBytes, 0)
  console.log(
    `first-load JS of /: ${expected.gzipBytes} bytes by the check, ${gzipped} gzipped from ` +
      `what Chromium got, ${onTheWire} on the wire; then ${lazy.length} lazy chunk(s), ` +
      `${lazyBytes} bytes on the wire`,
  )
  await context.close()
})
