/**
 * The web app's pure parts, without a browser: the workflow graph and how run events land on it, and how the form
 * reads either-or rules out of the schemas core and the connectors publish.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { customApiNodeConfigSchema } from '@convoflow/core';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../src/protocol.js';
import { applyEvent, buildGraph, type StepState } from '../src/web/execution/graph-model.js';
import { alternatives, discriminator, fitsType, resolveRef, type Schema } from '../src/web/form/schema.js';
import { root } from './support/studio-process.js';

const workflow = JSON.parse(readFileSync(join(root, 'examples', 'new-order.workflow.json'), 'utf8'));

describe('the workflow graph', () => {
  it('draws the steps in order, a condition with its then and else branches', () => {
    const graph = buildGraph(workflow.steps);
    expect(graph.map((node) => [node.key, node.id, node.type])).toEqual([
      ['0', 'charge', 'connector'],
      ['1', 'paid', 'condition'],
      ['2', undefined, 'debug'],
    ]);
    expect(graph[1]?.then?.map((node) => [node.key, node.id, node.label])).toEqual([
      ['1.then.0', 'confirmation', 'sendgrid.sendMail'],
      ['1.then.1', 'ledger', 'google-sheets.appendValues'],
      ['1.then.2', 'announce', 'slack.postWebhookMessage'],
    ]);
    expect(graph[1]?.else?.map((node) => node.id)).toEqual(['alert']);
  });

  it('follows a run: running, attempts, the branch taken, and steps without an id by their type', () => {
    const graph = buildGraph(workflow.steps);
    const events: RunEvent[] = [
      {
        type: 'step-start',
        id: 'charge',
        stepType: 'connector',
        operation: 'stripe.createPaymentIntent',
        depth: 0,
      },
      { type: 'attempt', stepId: 'charge', attempt: 2 },
    ];
    let states: Record<string, StepState> = {};
    for (const event of events) states = applyEvent(graph, states, event);
    expect(states['0']).toEqual({ phase: 'running', attempts: 2 });
    const later: RunEvent[] = [
      {
        type: 'step-end',
        record: {
          id: 'charge',
          type: 'connector',
          ok: false,
          handled: true,
          status: 402,
          attempts: 2,
          durationMs: 9,
        },
        depth: 0,
      },
      { type: 'step-start', id: 'paid', stepType: 'condition', depth: 0 },
      {
        type: 'step-end',
        record: { id: 'paid', type: 'condition', ok: true, attempts: 0, durationMs: 0, branch: 'else' },
        depth: 0,
      },
      { type: 'step-start', stepType: 'debug', depth: 0 },
      { type: 'step-end', record: { type: 'debug', ok: true, attempts: 0, durationMs: 0 }, depth: 0 },
    ];
    for (const event of later) states = applyEvent(graph, states, event);
    expect(states['0']?.record?.status).toBe(402);
    expect(states['1']?.record?.branch).toBe('else');
    expect(states['2']?.phase).toBe('done');
    expect(states['1.then.0']).toBeUndefined();
  });
});

describe('either-or rules in the schemas', () => {
  const config = customApiNodeConfigSchema as Schema;
  const auth = config.properties?.auth as Schema;

  it('finds the auth kinds by their type', () => {
    expect(discriminator(alternatives(auth) ?? [], config)).toEqual({
      name: 'type',
      values: ['apiKey', 'bearer', 'basic', 'oauth2'],
    });
  });

  it('finds the OAuth 2.0 grants by grant, not by the type they share', () => {
    const oauth2 = resolveRef({ $ref: '#/definitions/OAuth2Auth' }, config);
    expect(discriminator(alternatives(oauth2) ?? [], config)?.name).toBe('grant');
  });

  it('tells which shape a value has (Stripe off_session: true, or one_off / recurring)', () => {
    const shapes: Schema[] = [{ type: 'boolean' }, { type: 'string', enum: ['one_off', 'recurring'] }];
    expect(shapes.findIndex((shape) => fitsType(true, shape))).toBe(0);
    expect(shapes.findIndex((shape) => fitsType('recurring', shape))).toBe(1);
    expect(fitsType(3, { type: 'number' })).toBe(true);
    expect(fitsType('3', { type: 'integer' })).toBe(false);
  });
});
