/** Appends a property name or index to a JSON pointer (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** How a pointer is shown to people: `/` for the whole document. */
export function displayPointer(pointer: string): string {
  return pointer === '' ? '/' : pointer;
}
