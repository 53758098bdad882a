/**
 * Configs a connector's preset built from validated input, told apart from configs written by hand. A preset makes a
 * new config on every call, holding that call's values (an order id, a text), so looking it up by content would only
 * miss and fill the cache. What does not change from call to call — the URL's base, the method, the header names,
 * the auth, the allowed hosts, the secrets named — is checked once per operation (and per preset options), and each
 * call checks only what its input can change.
 *
 * Safe by construction: a preset's config is deep-frozen before it is marked, so the config that was built is the
 * config that is sent; a copy (`{ ...config, url }`) is a new object, unmarked, and fully checked.
 */

import { headerValueProblem } from '../config/header-rules.js';
import type { CustomApiNodeConfig } from '../config/types.js';
import { mayHoldReferences } from '../references/parse-template.js';

const presetConfigs = new WeakMap<object, string>();

/** Freezes a config and everything in it (a preset's objects are its own, made for this one call). */
function freezeDeep(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) for (const item of value) freezeDeep(item);
  else for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
}

/**
 * Marks a config a preset has just built, freezing it (called by `defineConnector`'s preset, nowhere else).
 * `operationKey` names the operation and the preset options the config was built with: configs with the same key
 * differ only where the operation's input went (path values, header values, query and body).
 */
export function markPresetConfig(config: object, operationKey: string): void {
  freezeDeep(config);
  presetConfigs.set(config, operationKey);
}

/** The operation key of a config a preset built (and nobody changed: it is frozen), or undefined. */
export function presetOperationKey(config: unknown): string | undefined {
  return typeof config === 'object' && config !== null ? presetConfigs.get(config) : undefined;
}

/**
 * What makes two configs of one operation key differ beyond their values: which of body and query they have, and
 * their header names (an optional header comes from optional input).
 */
function shapeOf(config: CustomApiNodeConfig, operationKey: string): string {
  const body = config.body === undefined ? '-' : 'body';
  const query = config.query === undefined ? '-' : Array.isArray(config.query) ? 'list' : typeof config.query;
  return `${operationKey}\n${body}\n${query}\n${Object.keys(config.headers ?? {}).join('\n')}`;
}

/** True when every literal header value can be sent (the only check a value from input can fail here). */
function headerValuesSendable(config: CustomApiNodeConfig): boolean {
  const headers = config.headers ?? {};
  for (const name in headers) {
    const value = headers[name];
    if (typeof value === 'string' && !mayHoldReferences(value) && headerValueProblem(value)) return false;
  }
  return true;
}

/** The checks of preset configs that passed, by operation key and shape. */
const checkedShapes = new Map<string, unknown>();
const MAX_CHECKED_SHAPES = 500;

/**
 * The check of a preset's config: `check()` (the full one) the first time an operation key and shape is seen, and
 * again whenever it finds a problem (so every refusal reads as it always has); afterwards the answer of that first
 * check, once this config's header values are found sendable. The body and URL that input changes are checked as
 * they are resolved and encoded, as for any config.
 */
export function checkedPresetConfig<Checked extends { issues: readonly unknown[] }>(
  config: CustomApiNodeConfig,
  operationKey: string,
  check: () => Checked,
): Checked {
  const shape = shapeOf(config, operationKey);
  const known = checkedShapes.get(shape) as Checked | undefined;
  if (known !== undefined && headerValuesSendable(config)) return known;
  const checked = check();
  if (checked.issues.length === 0) {
    if (checkedShapes.size >= MAX_CHECKED_SHAPES) checkedShapes.clear();
    checkedShapes.set(shape, checked);
  }
  return checked;
}
