/**
 * Browsers drop a cookie whose name and value pass 4096 bytes. A sealed session with a long
 * trusted-profile token (and a remembered key) can pass that, so the seal is split over numbered
 * cookies: `name`, `name.1`, `name.2`… Each chunk stays well under the limit.
 */
export const MAX_CHUNK_LENGTH = 3800
export const MAX_CHUNKS = 4

export function chunkName(baseName: string, index: number): string {
  return index === 0 ? baseName : `${baseName}.${index}`
}

export function splitIntoChunks(sealed: string): string[] {
  const chunks: string[] = []
  for (let start = 0; start < sealed.length; start += MAX_CHUNK_LENGTH) {
    chunks.push(sealed.slice(start, start + MAX_CHUNK_LENGTH))
  }
  if (chunks.length > MAX_CHUNKS) {
    throw new Error(
      `session: the sealed session is ${sealed.length} characters, more than ${MAX_CHUNKS} ` +
        'cookies can carry. Keep less in the session.',
    )
  }
  return chunks
}

/** Joins the chunks present, in order; a gap ends the seal (a later chunk is a stale leftover). */
export function joinChunks(baseName: string, read: (name: string) => string | undefined): string {
  let sealed = ''
  for (let index = 0; index < MAX_CHUNKS; index++) {
    const chunk = read(chunkName(baseName, index))
    if (!chunk) break
    sealed += chunk
  }
  return sealed
}
