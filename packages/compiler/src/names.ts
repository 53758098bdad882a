/** `create-payment-intent` → `createPaymentIntent` (operation ids come from file names, never typed by hand). */
export function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_match, char: string) => char.toUpperCase());
}

/** `create-payment-intent` → `CreatePaymentIntent`. */
export function pascalCase(kebab: string): string {
  const camel = camelCase(kebab);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** Kebab-case names: lowercase words of letters and digits joined by single hyphens. */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
