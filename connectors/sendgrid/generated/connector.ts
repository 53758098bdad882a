// Generated from connectors/sendgrid by `pnpm codegen --write`. Do not edit.
import { type CustomApiNodeConfig, defineConnector, type PresetOptions } from '@convoflow/core';
import * as templates from './templates.js';
import type { GetItemInput, SendgridOperationInputs } from './types.js';
import { validateGetItem } from './validators.js';

/**
 * The Sendgrid connector: Calls the Sendgrid API. Replace this with one sentence on what the connector does.
 * @see https://example.com/sendgrid/api
 */
export const connector = defineConnector<SendgridOperationInputs>({
  id: "sendgrid",
  packageName: "@convoflow/connector-sendgrid",
  title: "Sendgrid",
  description: "Calls the Sendgrid API. Replace this with one sentence on what the connector does.",
  docsUrl: "https://example.com/sendgrid/api",
  baseUrl: "https://api.sendgrid.example.com",
  allowedHosts: ["api.sendgrid.example.com"],
  auth: {"apiKey":{"type":"bearer","secret":"SENDGRID_API_KEY","description":"Create an API key in the Sendgrid dashboard (Settings → API keys) and store it as SENDGRID_API_KEY."}},
  errors: {"message":["error.message"],"code":["error.code"],"requestIdHeaders":["x-request-id"]},
  operations: {
    getItem: {
      title: "Get an item",
      description: "Retrieves one item by its id.",
      docsUrl: "https://example.com/sendgrid/api/items/get",
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
 * @see https://example.com/sendgrid/api/items/get
 */
export function getItem(input: GetItemInput, options?: PresetOptions): CustomApiNodeConfig {
  return connector.preset("getItem", input, options);
}
