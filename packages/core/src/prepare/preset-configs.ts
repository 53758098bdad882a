/**
 * Configs a connector's preset built from validated input, told apart from configs written by hand. A preset makes a
 * new config on every call, holding that call's values (an order id, a text), so looking it up by content would only
 * miss and fill the cache; its body holds no references of its own, so planning its form encoding would be redone
 * for one use. Such a config is checked as it is, and its body encoded directly.
 */
const presetConfigs = new WeakSet<object>();

/** Marks a config a preset has just built (called by `defineConnector`'s preset, nowhere else). */
export function markPresetConfig(config: object): void {
  presetConfigs.add(config);
}

/** True for a config a preset built. */
export function isPresetConfig(config: unknown): boolean {
  return typeof config === 'object' && config !== null && presetConfigs.has(config);
}
