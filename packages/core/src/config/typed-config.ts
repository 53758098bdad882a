import type { CustomApiNodeConfig } from './types.js';

declare const responseBody: unique symbol;

/**
 * A Custom API node config that knows its response body's type: what a connector preset returns for an operation
 * with an output schema. It is a plain config at run time (the marker exists only for the type checker), and
 * `executeNode` types a success's `body` from it.
 *
 * @example
 * const result = await executeNode(stripe.retrievePaymentIntent({ id }), { secrets });
 * if (result.ok) result.body.status; // typed from retrieve-payment-intent.output.schema.json
 */
export type TypedNodeConfig<Body = unknown> = CustomApiNodeConfig & { readonly [responseBody]?: Body };
