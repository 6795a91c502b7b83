import type { IncomingMessage } from 'node:http';

/** The largest JSON body the API takes; no operation needs more than a long decision. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/** Reads and parses a JSON request body, stopping as soon as it grows past the limit. */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, status: 400, message: `The request body is not valid JSON: ${detail}` };
  }
}

function tooLarge(limit: number): BodyResult {
  return { ok: false, status: 413, message: `The request body is larger than ${limit / 1024} KiB.` };
}
