/**
 * Content-Encoding on Node: `gzip`, `deflate` and `br`, applied in order by the server, undone here in reverse with
 * node:zlib, never producing more than the body cap.
 */

type Zlib = typeof import('node:zlib');

/** The codings Node can undo, by name. */
const DECODERS = {
  gzip: 'gunzip',
  'x-gzip': 'gunzip',
  deflate: 'inflate',
  br: 'brotliDecompress',
} as const;

type Coding = keyof typeof DECODERS;

/** zlib's one-shot form, shared by gunzip, inflate and brotliDecompress. */
type OneShotDecoder = (
  input: Uint8Array,
  options: { maxOutputLength: number },
  callback: (error: Error | null, result: Uint8Array) => void,
) => void;

/**
 * The codings named by a Content-Encoding value, in the order they were applied (`identity` left out), or
 * undefined when one is unknown (the body is then passed on as it came, header kept).
 */
export function contentCodings(encoding: string): Coding[] | undefined {
  const codings: Coding[] = [];
  for (const part of encoding.toLowerCase().split(',')) {
    const coding = part.trim();
    if (coding === '' || coding === 'identity') continue;
    if (!Object.hasOwn(DECODERS, coding)) return undefined;
    codings.push(coding as Coding);
  }
  return codings;
}

/** Why decoding stopped: the decoded body would pass the cap, or the data is not what the header says. */
export class ContentDecodingError extends Error {
  override readonly name = 'ContentDecodingError';
  constructor(
    readonly tooLarge: boolean,
    options: { cause: unknown },
  ) {
    super(tooLarge ? 'the decoded body passes the size cap' : 'the body could not be decoded', options);
  }
}

/** `bytes` with `codings` undone (last applied, first undone), at most `limit` bytes out. */
export async function decodeContent(
  bytes: Uint8Array,
  codings: readonly Coding[],
  limit: number,
  zlib: Zlib,
): Promise<Uint8Array> {
  let out = bytes;
  for (let i = codings.length - 1; i >= 0; i--) {
    const decoder = zlib[DECODERS[codings[i] as Coding]] as OneShotDecoder;
    const input = out;
    out = await new Promise<Uint8Array>((resolve, reject) => {
      decoder(input, { maxOutputLength: Math.max(1, Math.min(limit, 2 ** 31 - 1)) }, (error, result) => {
        if (!error) resolve(result);
        else
          reject(
            new ContentDecodingError((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE', {
              cause: error,
            }),
          );
      });
    });
  }
  return out;
}
