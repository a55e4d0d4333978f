export interface CappedRead {
  /** At most `maxBytes` bytes. */
  bytes: Uint8Array
  /** True when the stream held more; the rest was not read and the stream was cancelled. */
  truncated: boolean
}

/**
 * Reads a web stream up to `maxBytes`, so a body can never take more memory than that, whatever
 * its Content-Length claimed. Errors of the stream itself (a peer hanging up) propagate.
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<CappedRead> {
  if (stream === null) return { bytes: new Uint8Array(), truncated: false }

  const reader = stream.getReader()
  const bytes = new Uint8Array(maxBytes)
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return { bytes: bytes.subarray(0, length), truncated: false }
    if (length + value.byteLength > maxBytes) {
      bytes.set(value.subarray(0, maxBytes - length), length)
      await reader.cancel()
      return { bytes, truncated: true }
    }
    bytes.set(value, length)
    length += value.byteLength
  }
}
