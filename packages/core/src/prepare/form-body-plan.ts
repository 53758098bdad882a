/**
 * Form bodies, encoded once per config: the config's own keys and literal values are encoded by qs when the config
 * is first checked, and each request only resolves and encodes the values that hold references. qs stays the only
 * definition of the encoding; a value the plan cannot place exactly (an object, a list, an absent input) sends the
 * request down the general path, which resolves the whole body and encodes it with qs.
 */

import type { CustomApiNodeConfig } from '../config/types.js';
import { bodyEncodingFor } from '../encoding/encode-body.js';
import { encodeForm, encodeFormValue } from '../encoding/form.js';
import { setOwn } from '../encoding/unsendable.js';
import { childPointer } from '../references/json-pointer.js';
import { mayHoldReferences } from '../references/parse-template.js';
import { type ResolveScope, resolveString } from '../references/resolve.js';

/** A form body split into encoded text and the values that are resolved per request. */
export interface FormBodyPlan {
  /** Encoded text around the values: one more entry than `values`. */
  readonly segments: readonly string[];
  /** The config strings that hold references, with their JSON pointers, in the order they appear. */
  readonly values: ReadonlyArray<{ readonly template: string; readonly pointer: string }>;
}

/** The literal Content-Type of a config, when it has one without references. */
function literalContentType(config: CustomApiNodeConfig): string | undefined {
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    if (name.toLowerCase() !== 'content-type') continue;
    return typeof value === 'string' && !mayHoldReferences(value) ? value : undefined;
  }
  return undefined;
}

/**
 * The body with each string that holds references replaced by a marker, and the strings replaced, or undefined
 * when the body holds anything but plain JSON.
 */
function markTemplates(
  value: unknown,
  pointer: string,
  marker: (index: number) => string,
  found: Array<{ template: string; pointer: string }>,
): { ok: boolean; value: unknown } {
  if (typeof value === 'string') {
    if (!mayHoldReferences(value)) return { ok: true, value };
    found.push({ template: value, pointer });
    return { ok: true, value: marker(found.length - 1) };
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return { ok: true, value };
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const child = markTemplates(value[i], childPointer(pointer, i), marker, found);
      if (!child.ok) return child;
      out.push(child.value);
    }
    return { ok: true, value: out };
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const child = markTemplates(item, childPointer(pointer, key), marker, found);
      if (!child.ok) return child;
      setOwn(out, key, child.value);
    }
    return { ok: true, value: out };
  }
  return { ok: false, value };
}

/**
 * Plans a config's form body, or returns undefined when the general path must encode it (no body, not a form,
 * a Content-Type chosen by reference, the `comma` array format, or a body qs would not write as one value per
 * marker).
 */
export function planFormBody(config: CustomApiNodeConfig): FormBodyPlan | undefined {
  const body = config.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const contentType = literalContentType(config);
  if (contentType === undefined || bodyEncodingFor(contentType) !== 'form') return undefined;
  const format = config.formArrayFormat ?? 'indices';
  if (format === 'comma') return undefined;
  // Markers are made of characters qs writes as they are, with a stem found nowhere in the body.
  const json = JSON.stringify(body);
  let stem = 'cfv';
  while (json.includes(stem)) stem += 'x';
  const values: Array<{ template: string; pointer: string }> = [];
  const marked = markTemplates(body, '/body', (index) => `${stem}${index}${stem}`, values);
  if (!marked.ok) return undefined;
  const encoded = encodeForm(marked.value as Record<string, unknown>, format);
  const parts = encoded.split(new RegExp(`${stem}(\\d+)${stem}`));
  // Every marker must appear exactly once, in order, as a whole value.
  if (parts.length !== values.length * 2 + 1) return undefined;
  const segments: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1 && Number(parts[i]) !== (i - 1) / 2) return undefined;
    if (i % 2 === 0) segments.push(parts[i] as string);
  }
  for (let i = 1; i < segments.length; i++) if (!(segments[i - 1] as string).endsWith('=')) return undefined;
  return { segments, values };
}

/**
 * Encodes the body by its plan, resolving each value in `scope`. Returns undefined when a value is not text, a
 * number, a boolean or null (the general path then handles the whole body); issues and secrets are recorded in
 * `scope` as the general path records them.
 */
export function encodeByPlan(plan: FormBodyPlan, scope: ResolveScope): string | undefined {
  let out = plan.segments[0] as string;
  for (let i = 0; i < plan.values.length; i++) {
    const { template, pointer } = plan.values[i] as FormBodyPlan['values'][number];
    const value = resolveString(template, pointer, scope);
    let text: string;
    if (typeof value === 'string') text = value;
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
      text = String(value);
    else if (value === null) text = '';
    else return undefined;
    out += encodeFormValue(text) + (plan.segments[i + 1] as string);
  }
  return out;
}
