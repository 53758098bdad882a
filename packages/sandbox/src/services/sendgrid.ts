/**
 * SendGrid v3: `POST /v3/mail/send` (202 + `X-Message-Id`, every validation problem listed at once) and
 * `PUT /v3/marketing/contacts` (202 + `job_id`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  applyFailure,
  bearerToken,
  type Call,
  isObject,
  json,
  mediaType,
  parseJson,
  type Reply,
  Router,
  type Service,
} from '../http.js';
import type { JsonObject, SandboxFailure, SandboxState } from '../types.js';

type SendGridState = SandboxState['sendgrid'];

interface SendGridError {
  message: string;
  field: string | null;
  help: string | null;
}

const HELP = 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html';
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;
const BAD_GRANT = 'The provided authorization grant is invalid, expired, or revoked';

function errors(status: number, list: SendGridError[], headers: Record<string, string> = {}): Reply {
  return json(status, { errors: list }, headers);
}

function one(message: string, field: string | null = null, help: string | null = null): SendGridError {
  return { message, field, help };
}

/** Every mail-send problem SendGrid would report for `body` (empty when it is acceptable). */
export function validateMail(body: JsonObject): SendGridError[] {
  const problems: SendGridError[] = [];
  const templateId = typeof body['template_id'] === 'string' && body['template_id'] !== '';

  const from = body['from'];
  if (!isObject(from) || typeof from['email'] !== 'string' || from['email'] === '') {
    problems.push(
      one(
        'The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.  e.g. {"email" : "example@example.com"}  or {"email" : "example@example.com", "name" : "Example Recipient"}.',
        'from.email',
        `${HELP}#message.from`,
      ),
    );
  } else if (!EMAIL.test(from['email'])) {
    problems.push(
      one('The from email does not contain a valid address.', 'from.email', `${HELP}#message.from`),
    );
  }

  const personalizations = body['personalizations'];
  let everyHasSubject = false;
  if (!Array.isArray(personalizations) || personalizations.length === 0) {
    problems.push(
      one(
        'The personalizations field is required and must have at least one personalization.',
        'personalizations',
        `${HELP}#-Personalizations-Errors`,
      ),
    );
  } else {
    if (personalizations.length > 1000) {
      problems.push(
        one(
          `The personalization block is limited to 1000 personalizations per API request. You have provided ${personalizations.length} personalizations. Please consider splitting this into multiple requests and resending your request.`,
          'personalizations',
          `${HELP}#message.personalizations`,
        ),
      );
    }
    everyHasSubject = personalizations.every(
      (p) => isObject(p) && typeof p['subject'] === 'string' && p['subject'] !== '',
    );
    personalizations.forEach((p, i) => {
      problems.push(...validatePersonalization(p, i));
    });
  }

  const subject = body['subject'];
  if (subject === '') {
    problems.push(
      one(
        'The subject of your email must be a string at least one character in length.',
        'subject',
        `${HELP}#message.subject`,
      ),
    );
  } else if (typeof subject !== 'string' && !templateId && !everyHasSubject) {
    problems.push(
      one(
        'The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.',
        'subject',
        `${HELP}#message.subject`,
      ),
    );
  }

  const content = body['content'];
  if (!Array.isArray(content) || content.length === 0) {
    if (!templateId) {
      problems.push(
        one(
          'Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.',
          'content',
          `${HELP}#message.content`,
        ),
      );
    }
  } else {
    problems.push(...validateContent(content));
  }
  return problems;
}

function validatePersonalization(p: unknown, i: number): SendGridError[] {
  const problems: SendGridError[] = [];
  const at = `personalizations.${i}`;
  if (!isObject(p) || !Array.isArray(p['to']) || p['to'].length === 0) {
    problems.push(
      one(
        'The to array is required for all personalization objects, and must have at least one email object with a valid email address.',
        `${at}.to`,
        `${HELP}#message.personalizations.to`,
      ),
    );
    if (!isObject(p)) return problems;
  }
  const seen = new Set<string>();
  for (const kind of ['to', 'cc', 'bcc'] as const) {
    const list = p[kind];
    if (list === undefined || (kind === 'to' && !Array.isArray(list))) continue;
    if (!Array.isArray(list)) {
      problems.push(
        one(
          `The ${kind} field must be an array of email objects.`,
          `${at}.${kind}`,
          `${HELP}#message.personalizations.${kind}`,
        ),
      );
      continue;
    }
    list.forEach((recipient, j) => {
      const email = isObject(recipient) ? recipient['email'] : undefined;
      if (typeof email !== 'string' || !EMAIL.test(email)) {
        problems.push(
          one(
            'Does not contain a valid address.',
            `${at}.${kind}.${j}.email`,
            `${HELP}#message.personalizations.${kind}`,
          ),
        );
        return;
      }
      const key = email.toLowerCase();
      if (seen.has(key)) {
        problems.push(
          one(
            `Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [${email}] in the ${at}.${kind} field.`,
            `${at}.${kind}`,
            `${HELP}#message.recipient-errors`,
          ),
        );
      }
      seen.add(key);
    });
  }
  if (p['subject'] === '') {
    problems.push(
      one(
        'The subject of your email must be a string at least one character in length.',
        `${at}.subject`,
        `${HELP}#message.personalizations.subject`,
      ),
    );
  }
  return problems;
}

function validateContent(content: unknown[]): SendGridError[] {
  const problems: SendGridError[] = [];
  const types: string[] = [];
  content.forEach((item, i) => {
    const type = isObject(item) ? item['type'] : undefined;
    const value = isObject(item) ? item['value'] : undefined;
    if (typeof type !== 'string' || type === '') {
      problems.push(
        one(
          'A content type is required, this tells email clients how to display the email.',
          `content.${i}.type`,
          `${HELP}#message.content.type`,
        ),
      );
    } else {
      if (/[;\r\n]/.test(type)) {
        problems.push(
          one("Cannot contain ';', or CRLF characters.", `content.${i}.type`, `${HELP}#message.content.type`),
        );
      }
      types.push(type);
    }
    if (typeof value !== 'string' || value === '') {
      problems.push(
        one(
          'The content value must be a string at least one character in length.',
          `content.${i}.value`,
          `${HELP}#message.content.value`,
        ),
      );
    }
  });
  const plain = types.indexOf('text/plain');
  const html = types.indexOf('text/html');
  if (
    types.filter((t) => t === 'text/plain').length > 1 ||
    types.filter((t) => t === 'text/html').length > 1
  ) {
    problems.push(
      one(
        'If present, text/plain and text/html may only be provided once.',
        'content',
        `${HELP}#message.content`,
      ),
    );
  } else if (plain > 0 || (html !== -1 && html !== (plain === -1 ? 0 : 1))) {
    problems.push(
      one(
        'If present, text/plain must be first, followed by text/html, followed by any other content.',
        'content',
        `${HELP}#message.content`,
      ),
    );
  }
  return problems;
}

/** Creates the SendGrid service over `state`. */
export function createSendGrid(state: SendGridState): Service {
  function readJson(call: Call): { body: JsonObject } | { reply: Reply } {
    if (mediaType(call) !== 'application/json') {
      return { reply: errors(415, [one('Content-Type should be application/json.')]) };
    }
    const body = parseJson(call.body);
    if (!isObject(body)) return { reply: errors(400, [one('Bad Request')]) };
    return { body };
  }

  function mailSend(call: Call): Reply {
    const read = readJson(call);
    if ('reply' in read) return read.reply;
    const mail = read.body;
    const problems = validateMail(mail);
    if (problems.length) return errors(400, problems);
    // 22 URL-safe characters, the shape of SendGrid's message ids.
    const messageId = randomBytes(16).toString('base64url');
    state.mails.push({ messageId, body: mail });
    return { status: 202, headers: { 'x-message-id': messageId } };
  }

  function upsertContacts(call: Call): Reply {
    const read = readJson(call);
    if ('reply' in read) return read.reply;
    const request = read.body;
    const contacts = request['contacts'];
    const problems: { field: string; message: string }[] = [];
    if (!Array.isArray(contacts) || contacts.length === 0) {
      problems.push({
        field: 'contacts',
        message: 'contacts is required and must contain at least one contact',
      });
    } else if (contacts.length > 30000) {
      problems.push({ field: 'contacts', message: 'contacts may contain at most 30000 contacts' });
    } else {
      contacts.forEach((contact, i) => {
        const email = isObject(contact) ? contact['email'] : undefined;
        if (typeof email !== 'string' || email === '') {
          problems.push({ field: `contacts[${i}].email`, message: 'email is required' });
        } else if (!EMAIL.test(email)) {
          problems.push({ field: `contacts[${i}].email`, message: 'email is invalid' });
        }
      });
    }
    const listIds = request['list_ids'];
    if (
      listIds !== undefined &&
      (!Array.isArray(listIds) || !listIds.every((id) => typeof id === 'string'))
    ) {
      problems.push({ field: 'list_ids', message: 'list_ids must be an array of strings' });
    }
    if (problems.length) return json(400, { errors: problems });
    const now = new Date().toISOString();
    for (const contact of contacts as JsonObject[]) {
      const email = (contact['email'] as string).toLowerCase();
      const existing = state.contacts.get(email);
      const lists = new Set([...(existing?.list_ids ?? []), ...((listIds as string[] | undefined) ?? [])]);
      state.contacts.set(email, {
        ...existing,
        ...contact,
        id: existing?.id ?? randomUUID(),
        email,
        list_ids: [...lists],
        created_at: existing?.created_at ?? now,
        updated_at: now,
      });
    }
    return json(202, { job_id: randomUUID() });
  }

  const router = new Router()
    .on('POST', '/v3/mail/send', mailSend)
    .on('PUT', '/v3/marketing/contacts', upsertContacts);

  return {
    handle(call) {
      const token = bearerToken(call);
      if (!token?.startsWith('SG.')) return errors(401, [one(BAD_GRANT)]);
      const route = router.match(call.method, call.path);
      if (route === 'wrong-method') return errors(405, [one('method not allowed')]);
      if (!route) return errors(404, [one('resource not found')]);
      return route.handler(call, route.params);
    },
    fail(_call: Call, failure: SandboxFailure) {
      const message =
        failure.status === 401
          ? BAD_GRANT
          : failure.status === 429
            ? 'too many requests'
            : failure.status >= 500
              ? 'internal error'
              : 'bad request';
      const headers: Record<string, string> = {};
      if (failure.status === 429) {
        headers['x-ratelimit-limit'] = '600';
        headers['x-ratelimit-remaining'] = '0';
        headers['x-ratelimit-reset'] = String(
          Math.floor(Date.now() / 1000) + (failure.retryAfterSeconds ?? 60),
        );
      }
      return applyFailure(errors(failure.status, [one(message)], headers), failure);
    },
  };
}
