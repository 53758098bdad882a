/**
 * `multipart/form-data` bodies, serialised by the platform's own FormData encoder (the one fetch uses), so the
 * boundary and part headers are exactly what a browser or undici would send.
 */

/** A file part of a multipart body: the content as base64, text or bytes, with a file name and type. */
export interface MultipartFile {
  filename: string;
  contentType?: string;
  base64?: string;
  text?: string;
  bytes?: Uint8Array;
}

/** True when a multipart field value is a file part (an object with `filename` and content). */
export function isMultipartFile(value: unknown): value is MultipartFile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const part = value as Record<string, unknown>;
  return (
    typeof part.filename === 'string' &&
    (typeof part.base64 === 'string' || typeof part.text === 'string' || part.bytes instanceof Uint8Array)
  );
}

function fileBytes(file: MultipartFile): Uint8Array {
  if (file.bytes) return file.bytes;
  if (file.text !== undefined) return new TextEncoder().encode(file.text);
  const binary = atob(file.base64 ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Names of fields whose values cannot go in a multipart body (nested objects that are not file parts). */
export function invalidMultipartFields(data: Record<string, unknown>): string[] {
  const invalid: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item !== null && typeof item === 'object' && !isMultipartFile(item)) invalid.push(name);
    }
  }
  return [...new Set(invalid)];
}

/** Encodes fields and file parts; returns the bytes and the Content-Type with its boundary. */
export async function encodeMultipart(
  data: Record<string, unknown>,
): Promise<{ body: Uint8Array; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(data)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === undefined) continue;
      if (isMultipartFile(item)) {
        const blob = new Blob([fileBytes(item) as BlobPart], {
          type: item.contentType ?? 'application/octet-stream',
        });
        form.append(name, blob, item.filename);
      } else {
        form.append(name, item === null ? '' : String(item));
      }
    }
  }
  const request = new Request('http://multipart.invalid/', { method: 'POST', body: form });
  const contentType = request.headers.get('content-type') ?? 'multipart/form-data';
  return { body: new Uint8Array(await request.arrayBuffer()), contentType };
}
