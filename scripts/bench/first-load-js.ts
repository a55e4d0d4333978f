import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript a browser downloads on a cold load of an App Router page, from the build output
 * of Next.js 16 (Turbopack), which no longer prints "First Load JS":
 * - `build-manifest.json` `rootMainFiles`: the runtime and framework chunks every page loads;
 * - the page's client reference manifest (`server/app/<page>_client-reference-manifest.js`)
 *   `entryJSFiles` for the page and its layout: the chunks of the client components they render.
 * `polyfillFiles` are left out: they load with `nomodule`, which current browsers skip. Chunks of
 * lazily loaded components (`next/dynamic`) are in neither list, so they do not count.
 * Next also writes `diagnostics/route-bundle-stats.json` with its own list; when present, the two
 * must agree, so a change in either format fails loudly instead of measuring the wrong thing.
 */
export interface FirstLoadChunk {
  /** As the browser requests it, e.g. /_next/static/chunks/abc.js */
  url: string
  /** `framework`: loaded by every page (rootMainFiles); `page`: this page's client components. */
  kind: 'framework' | 'page'
  bytes: number
  gzipBytes: number
}

export interface FirstLoad {
  route: string
  chunks: FirstLoadChunk[]
  bytes: number
  gzipBytes: number
}

interface BuildManifest {
  rootMainFiles?: string[]
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>
}

interface RouteBundleStats {
  route: string
  firstLoadChunkPaths: string[]
}

/** What a server compressing with zlib's default level sends for these bytes. */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).byteLength
}

export function firstLoadJs(nextDir: string, route = '/'): FirstLoad {
  const files = firstLoadFiles(nextDir, route)
  const frameworkFiles = new Set(
    readJson<BuildManifest>(nextDir, 'build-manifest.json').rootMainFiles,
  )
  const chunks = files.map((file): FirstLoadChunk => {
    const content = readFileSync(path.join(nextDir, file))
    return {
      url: `/_next/${file}`,
      kind: frameworkFiles.has(file) ? 'framework' : 'page',
      bytes: content.byteLength,
      gzipBytes: gzipSize(content),
    }
  })
  return {
    route,
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  }
}

/** Chunk paths relative to `.next`, e.g. static/chunks/abc.js, in load order. */
export function firstLoadFiles(nextDir: string, route = '/'): string[] {
  const pageName = route === '/' ? '/page' : `${route}/page`
  const rootMainFiles = readJson<BuildManifest>(nextDir, 'build-manifest.json').rootMainFiles
  const entries = readClientReferenceManifest(nextDir, pageName).entryJSFiles
  if (!rootMainFiles?.length || !entries) {
    throw new Error('check-budget: the build manifests do not have the expected shape.')
  }

  const pageEntries = Object.entries(entries).filter(([entry]) =>
    isEntryOf(entry, route === '/' ? 'app' : `app${route}`),
  )
  if (!pageEntries.some(([entry]) => entry.endsWith('/page'))) {
    throw new Error(`check-budget: no client entry for the page of ${route} in the manifest.`)
  }
  const files = unique([...pageEntries.flatMap(([, chunks]) => chunks), ...rootMainFiles])
  const js = files.filter((file) => file.endsWith('.js'))
  crossCheckWithNextStats(nextDir, route, js)
  return js
}

/** `[project]/app/page` and every layout above it: `[project]/app/layout`, … */
function isEntryOf(entry: string, pageDir: string): boolean {
  const folder = entry.replace(/^\[project\]\//, '').replace(/\/(page|layout)$/, '')
  return pageDir === folder || pageDir.startsWith(`${folder}/`)
}

function crossCheckWithNextStats(nextDir: string, route: string, files: string[]): void {
  const statsFile = path.join(nextDir, 'diagnostics', 'route-bundle-stats.json')
  if (!existsSync(statsFile)) return
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as RouteBundleStats[]
  const listed = stats.find((entry) => entry.route === route)?.firstLoadChunkPaths
  if (!listed) return
  const theirs = listed.map((file) => file.replace(/^\.next\//, '')).sort()
  const ours = [...files].sort()
  if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
    throw new Error(
      `check-budget: the manifests list ${ours.length} first-load chunks for ${route} but ` +
        `Next's route-bundle-stats.json lists ${theirs.length}; the build format changed.\n` +
        `  manifests: ${ours.join(', ')}\n  next:      ${theirs.join(', ')}`,
    )
  }
}

function readJson<T>(nextDir: string, file: string): T {
  const full = path.join(nextDir, file)
  if (!existsSync(full)) throw new Error(`check-budget: ${full} is missing; run the build first.`)
  return JSON.parse(readFileSync(full, 'utf8')) as T
}

/** The manifest is a script that assigns itself to globalThis.__RSC_MANIFEST[pageName]. */
function readClientReferenceManifest(nextDir: string, pageName: string): ClientReferenceManifest {
  const file = path.join(
    nextDir,
    'server',
    'app',
    `${pageName.slice(1)}_client-reference-manifest.js`,
  )
  if (!existsSync(file)) throw new Error(`check-budget: ${file} is missing; run the build first.`)
  const sandbox: {
    globalThis?: unknown
    __RSC_MANIFEST?: Record<string, ClientReferenceManifest>
  } = {}
  sandbox.globalThis = sandbox
  runInNewContext(readFileSync(file, 'utf8'), sandbox)
  const manifest = sandbox.__RSC_MANIFEST?.[pageName]
  if (!manifest) throw new Error(`check-budget: ${file} does not define ${pageName}.`)
  return manifest
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
