import { type Connector, customApiNodeConfigSchema } from '@convoflow/core';
import type { Catalog, CatalogConnector } from '../protocol.js';
import type { StudioOptions } from './options.js';
import type { WorkflowFiles } from './workflow-files.js';

/** The product docs' Stripe example as a Custom API node config, its key as a secret reference. */
export const CUSTOM_API_EXAMPLE: Readonly<Record<string, unknown>> = {
  url: 'https://api.stripe.com/v1/payment_intents',
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  auth: { type: 'bearer', token: '{{secrets.STRIPE_SECRET_KEY}}' },
  body: { amount: 2000, currency: 'usd', 'payment_method_types[]': 'card' },
};

function describeConnector(connector: Connector): CatalogConnector {
  return {
    id: connector.id,
    title: connector.title,
    description: connector.description,
    operations: Object.values(connector.operations).map((operation) => ({
      id: operation.id,
      title: operation.title,
      description: operation.description,
      method: operation.method,
      path: operation.path,
      ...(operation.docsUrl ? { docsUrl: operation.docsUrl } : {}),
      secrets: [...operation.secrets],
      inputSchema: { ...operation.inputSchema },
    })),
  };
}

/** `GET /api/catalog`: the Custom API node's schema, every connector operation's, secret names, workflow files. */
export function catalog(options: StudioOptions, workflows: WorkflowFiles): Catalog {
  return {
    mode: options.real ? 'choose' : 'sandbox-only',
    customApiSchema: { ...customApiNodeConfigSchema },
    customApiExample: { ...CUSTOM_API_EXAMPLE },
    connectors: Object.values(options.connectors)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(describeConnector),
    secretNames: {
      sandbox: [...options.sandbox.secretNames].sort(),
      real: [...(options.real?.secretNames ?? [])].sort(),
    },
    workflows: workflows.list(),
  };
}
