// Generated from connectors/google-sheets by `pnpm codegen --write`. Do not edit.
import { type CustomApiNodeConfig, defineConnector, type PresetOptions } from '@convoflow/core';
import * as templates from './templates.js';
import type { GetItemInput, GoogleSheetsOperationInputs } from './types.js';
import { validateGetItem } from './validators.js';

/**
 * The GoogleSheets connector: Calls the GoogleSheets API. Replace this with one sentence on what the connector does.
 * @see https://example.com/google-sheets/api
 */
export const connector = defineConnector<GoogleSheetsOperationInputs>({
  id: "google-sheets",
  packageName: "@convoflow/connector-google-sheets",
  title: "GoogleSheets",
  description: "Calls the GoogleSheets API. Replace this with one sentence on what the connector does.",
  docsUrl: "https://example.com/google-sheets/api",
  baseUrl: "https://api.google-sheets.example.com",
  allowedHosts: ["api.google-sheets.example.com"],
  auth: {"apiKey":{"type":"bearer","secret":"GOOGLE_SHEETS_API_KEY","description":"Create an API key in the GoogleSheets dashboard (Settings → API keys) and store it as GOOGLE_SHEETS_API_KEY."}},
  errors: {"message":["error.message"],"code":["error.code"],"requestIdHeaders":["x-request-id"]},
  operations: {
    getItem: {
      title: "Get an item",
      description: "Retrieves one item by its id.",
      docsUrl: "https://example.com/google-sheets/api/items/get",
      method: "GET",
      auth: "apiKey",
      path: { text: templates.t0, refs: [["id"]] },
      query: { object: [["expand", { expr: {"path":["expand"]} }]] },
      bodyEncoding: "json",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"The id of the item."},"expand":{"type":"array","items":{"type":"string"},"description":"Related objects to include in the response."}}},
      validate: validateGetItem,
    },
  },
});

/**
 * Get an item
 *
 * Retrieves one item by its id.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * @see https://example.com/google-sheets/api/items/get
 */
export function getItem(input: GetItemInput, options?: PresetOptions): CustomApiNodeConfig {
  return connector.preset("getItem", input, options);
}
