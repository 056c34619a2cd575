/** The outcome of parsing one input: the value, or one line saying why it is not JSON. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses JSON text without throwing; a leading byte-order mark is allowed, as editors write it. */
export function parseJsonText(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `not valid JSON (${detail})` };
  }
}
