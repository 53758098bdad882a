/**
 * Slack: the incoming webhook (`POST /services/T…/B…/…`, plain-text answers) and the Web API methods
 * `chat.postMessage` / `chat.update`, and the directory lists `conversations.list` / `users.list`
 * (slack-directory.ts); Web API problems are HTTP 200 with `{ok:false, error}`.
 */
import { createHash } from 'node:crypto';
import {
  applyFailure,
  bearerToken,
  type Call,
  header,
  isObject,
  json,
  mediaType,
  parseJson,
  type Reply,
  randomId,
  type Service,
} from '../http.js';
import type { JsonObject, SandboxFailure, SandboxState, SlackMessage } from '../types.js';
import { type FailWith, listConversations, listUsers } from './slack-directory.js';

type SlackState = SandboxState['slack'];

/** The one webhook path the sandbox serves (its "secret" URL is `<slack origin>` + this). */
export const SLACK_WEBHOOK_PATH = '/services/TSANDBOX/BSANDBOX/sandboxsecret';

const BOT = { user: 'U0SANDBOXBOT', bot_id: 'B0SANDBOXBOT', app_id: 'A0SANDBOXAPP', team: 'T0SANDBOX' };
const MAX_TEXT = 40000;
const MAX_BLOCKS = 50;

function text(status: number, body: string): Reply {
  return { status, headers: { 'content-type': 'text/html' }, body };
}

function apiReply(body: JsonObject, status = 200, headers: Record<string, string> = {}): Reply {
  return json(status, body, { 'content-type': 'application/json; charset=utf-8', ...headers });
}

/** `{ok:false, error}` with HTTP 200, as Slack answers Web API problems. */
class SlackError extends Error {
  constructor(
    readonly code: string,
    readonly details: string[] = [],
  ) {
    super(code);
  }
}

const failWith: FailWith = (code, details = []) => {
  throw new SlackError(code, details);
};

/** Creates the Slack service over `state`. */
export function createSlack(state: SlackState): Service {
  let lastMicros = 0n;

  /** A unique, increasing `ts` (`<unix seconds>.<6 digits>`). */
  function nextTs(): string {
    let micros = BigInt(Date.now()) * 1000n + BigInt(Math.floor(Math.random() * 1000));
    if (micros <= lastMicros) micros = lastMicros + 1n;
    lastMicros = micros;
    return `${micros / 1_000_000n}.${(micros % 1_000_000n).toString().padStart(6, '0')}`;
  }

  function webhook(call: Call): Reply {
    if (call.path !== SLACK_WEBHOOK_PATH) return text(404, 'no_service');
    if (call.method !== 'POST') return text(405, 'invalid_method');
    let payload: unknown;
    const type = mediaType(call);
    if (type === 'application/json') {
      payload = parseJson(call.body);
    } else if (type === 'application/x-www-form-urlencoded') {
      // Slack's legacy form: payload=<JSON>.
      const raw = new URLSearchParams(call.body).get('payload');
      payload = raw === null ? undefined : parseJson(raw);
    }
    if (!isObject(payload)) return text(400, 'invalid_payload');
    if (payload['text'] !== undefined && typeof payload['text'] !== 'string')
      return text(400, 'invalid_payload');
    if (payload['blocks'] !== undefined && !validBlocks(payload['blocks']))
      return text(400, 'invalid_blocks');
    if (payload['attachments'] !== undefined && !Array.isArray(payload['attachments'])) {
      return text(400, 'invalid_attachments');
    }
    if (!hasContent(payload)) return text(400, 'no_text');
    if (typeof payload['text'] === 'string' && payload['text'].length > MAX_TEXT)
      return text(400, 'msg_too_long');
    state.webhookMessages.push(payload);
    return text(200, 'ok');
  }

  /** The method's arguments, JSON or form-encoded, plus the token and any charset warning. */
  function readArgs(call: Call): { args: JsonObject; token: string | undefined; warnings: string[] } {
    const type = mediaType(call);
    const charset = /;\s*charset=/i.test(header(call, 'content-type') ?? '');
    const warnings: string[] = [];
    let args: JsonObject;
    let token = bearerToken(call);
    if (type === 'application/json') {
      const parsed = parseJson(call.body);
      if (!isObject(parsed)) throw new SlackError('invalid_json');
      args = parsed;
      if (!charset) warnings.push('missing_charset');
    } else {
      const source = call.method === 'GET' ? call.rawQuery : call.body;
      args = Object.fromEntries(new URLSearchParams(source));
      if (charset && type === 'application/x-www-form-urlencoded') warnings.push('superfluous_charset');
      // Form posts may carry the token as an argument.
      if (!token && typeof args['token'] === 'string') token = args['token'];
      delete args['token'];
    }
    return { args, token, warnings };
  }

  function authenticate(token: string | undefined): void {
    if (!token) throw new SlackError('not_authed');
    if (!/^xox[bp]-[A-Za-z0-9-]+$/.test(token)) throw new SlackError('invalid_auth');
  }

  /** A channel argument (`C…` id, `#name`, `name`, or a user id for a DM) → its channel id. */
  function resolveChannel(value: unknown): string {
    if (typeof value !== 'string' || value === '') {
      throw new SlackError('invalid_arguments', ['[ERROR] missing required field: channel']);
    }
    if (/^[CGD][A-Z0-9]{2,}$/.test(value)) {
      if (value.startsWith('CMISSING')) throw new SlackError('channel_not_found');
      return value;
    }
    if (/^[UW][A-Z0-9]{2,}$/.test(value)) return `D${hash(value)}`;
    const name = value.replace(/^#/, '');
    if (name === 'missing' || !/^[a-z0-9_-]{1,80}$/.test(name)) throw new SlackError('channel_not_found');
    let id = state.channelIds.get(name);
    if (!id) {
      id = `C${hash(name)}`;
      state.channelIds.set(name, id);
    }
    return id;
  }

  /** Text, blocks and attachments from the arguments (form values arrive as JSON strings). */
  function readContent(args: JsonObject): { text?: string; blocks?: unknown[]; attachments?: unknown[] } {
    const out: { text?: string; blocks?: unknown[]; attachments?: unknown[] } = {};
    if (args['text'] !== undefined) {
      if (typeof args['text'] !== 'string')
        throw new SlackError('invalid_arguments', ['[ERROR] text must be a string']);
      if (args['text'].length > MAX_TEXT) throw new SlackError('msg_too_long');
      out.text = args['text'];
    }
    for (const field of ['blocks', 'attachments'] as const) {
      let value = args[field];
      if (value === undefined) continue;
      if (typeof value === 'string') {
        value = parseJson(value);
        if (value === undefined)
          throw new SlackError(field === 'blocks' ? 'invalid_blocks_format' : 'invalid_attachments');
      }
      if (field === 'blocks' && !validBlocks(value)) throw new SlackError('invalid_blocks');
      if (field === 'attachments' && !Array.isArray(value)) throw new SlackError('invalid_attachments');
      out[field] = (value as unknown[]).map((item) =>
        field === 'blocks' && isObject(item) && item['block_id'] === undefined
          ? { ...item, block_id: randomId(5) }
          : item,
      );
    }
    if (!hasContent(out)) throw new SlackError('no_text');
    return out;
  }

  function postMessage(args: JsonObject): JsonObject {
    const channel = resolveChannel(args['channel']);
    const content = readContent(args);
    const ts = nextTs();
    const message: SlackMessage = {
      user: BOT.user,
      type: 'message',
      ts,
      bot_id: BOT.bot_id,
      app_id: BOT.app_id,
      text: content.text ?? "This content can't be displayed.",
      team: BOT.team,
      bot_profile: {
        id: BOT.bot_id,
        app_id: BOT.app_id,
        name: 'ConvoFlow Sandbox',
        deleted: false,
        team_id: BOT.team,
      },
    };
    if (content.blocks) message['blocks'] = content.blocks;
    if (content.attachments) message['attachments'] = content.attachments;
    if (typeof args['thread_ts'] === 'string') message['thread_ts'] = args['thread_ts'];
    const list = state.messages.get(channel) ?? [];
    list.push(message);
    state.messages.set(channel, list);
    return { ok: true, channel, ts, message };
  }

  function update(args: JsonObject): JsonObject {
    const channel = resolveChannel(args['channel']);
    if (typeof args['ts'] !== 'string' || args['ts'] === '') {
      throw new SlackError('invalid_arguments', ['[ERROR] missing required field: ts']);
    }
    const content = readContent(args);
    const message = state.messages.get(channel)?.find((m) => m.ts === args['ts']);
    if (!message) throw new SlackError('message_not_found');
    if (content.text !== undefined) message.text = content.text;
    for (const field of ['blocks', 'attachments'] as const) {
      const value = content[field];
      if (value === undefined) continue;
      if (value.length === 0) delete message[field];
      else message[field] = value;
    }
    message['edited'] = { user: BOT.user, ts: nextTs() };
    return { ok: true, channel, ts: message.ts, text: message.text, message: { ...message } };
  }

  function webApi(call: Call): Reply {
    const method = call.path.slice('/api/'.length);
    const handlers: Record<string, (args: JsonObject) => JsonObject> = {
      'chat.postMessage': postMessage,
      'chat.update': update,
      'conversations.list': (args) => listConversations(state, args, failWith),
      'users.list': (args) => listUsers(args, failWith),
    };
    const run = Object.hasOwn(handlers, method) ? handlers[method] : undefined;
    if (!run) return apiReply({ ok: false, error: 'unknown_method', req_method: method }, 404);
    let warnings: string[] = [];
    try {
      const read = readArgs(call);
      warnings = read.warnings;
      authenticate(read.token);
      const body = run(read.args);
      return apiReply(withWarnings(body, warnings), 200, {
        'x-oauth-scopes': 'chat:write',
        'x-accepted-oauth-scopes': 'chat:write',
      });
    } catch (error) {
      if (!(error instanceof SlackError)) throw error;
      const body: JsonObject = { ok: false, error: error.code };
      if (error.details.length) body['response_metadata'] = { messages: error.details };
      return apiReply(withWarnings(body, warnings));
    }
  }

  function route(call: Call): Reply {
    if (call.path.startsWith('/services/')) return webhook(call);
    if (call.path.startsWith('/api/')) return webApi(call);
    return text(404, 'not_found');
  }

  function withRequestId(reply: Reply): Reply {
    return { ...reply, headers: { ...reply.headers, 'x-slack-req-id': randomId(32, '0123456789abcdef') } };
  }

  return {
    handle: (call) => withRequestId(route(call)),
    fail(call: Call, failure: SandboxFailure) {
      const base = call.path.startsWith('/api/')
        ? apiReply({
            ok: false,
            error: API_FAILURES[failure.status] ?? (failure.status >= 500 ? 'internal_error' : 'fatal_error'),
          })
        : text(
            failure.status,
            WEBHOOK_FAILURES[failure.status] ?? (failure.status >= 500 ? 'rollup_error' : 'invalid_payload'),
          );
      return withRequestId(applyFailure(base, failure));
    },
  };
}

const API_FAILURES: Record<number, string> = {
  400: 'invalid_arguments',
  401: 'invalid_auth',
  403: 'access_denied',
  404: 'unknown_method',
  429: 'ratelimited',
  503: 'service_unavailable',
};

const WEBHOOK_FAILURES: Record<number, string> = {
  400: 'invalid_payload',
  403: 'action_prohibited',
  404: 'no_service',
  410: 'channel_is_archived',
  429: 'rate_limited',
};

function hash(value: string): string {
  return createHash('sha1').update(value).digest('hex').slice(0, 10).toUpperCase();
}

function hasContent(payload: Record<string, unknown>): boolean {
  const text = payload['text'];
  const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
  return (
    (typeof text === 'string' && text.trim() !== '') ||
    nonEmpty(payload['blocks']) ||
    nonEmpty(payload['attachments'])
  );
}

function validBlocks(blocks: unknown): boolean {
  return (
    Array.isArray(blocks) &&
    blocks.length <= MAX_BLOCKS &&
    blocks.every((block) => isObject(block) && typeof block['type'] === 'string')
  );
}

function withWarnings(body: JsonObject, warnings: string[]): JsonObject {
  if (!warnings.length) return body;
  return {
    ...body,
    warning: warnings.join(','),
    response_metadata: { ...(body['response_metadata'] as JsonObject), warnings },
  };
}
