// Every quoter refuses text it could not reproduce faithfully, instead of emitting something that
// pastes fine and means something else.

const LONE_SURROGATE = /[\uD800-\uDFFF]/u

/** Throws when `text` holds a lone UTF-16 surrogate, which no shell or source file can carry. */
export function assertWellFormed(text: string, where: string): void {
  if (LONE_SURROGATE.test(text)) {
    throw new Error(
      `snippets/${where}: the text contains a lone UTF-16 surrogate, which cannot be written as UTF-8. Pass well-formed Unicode text.`,
    )
  }
}
