// Generated from connectors/slack by `pnpm codegen --write`. Do not edit.
import { defineConnector, type PresetOptions, type TypedNodeConfig } from '@convoflow/core';
import * as templates from './templates.js';
import type { ChatPostMessageInput, ChatUpdateInput, ConversationsListInput, ConversationsListOutput, PostWebhookMessageInput, SlackOperationInputs, SlackOperationItems, SlackOperationOutputs, UsersListInput, UsersListOutput } from './types.js';
import { validateChatPostMessage, validateChatUpdate, validateConversationsList, validatePostWebhookMessage, validateUsersList } from './validators.js';

/**
 * The Slack connector: Posts messages to Slack: through an incoming webhook URL, or with a bot token through the Web API (chat.postMessage, chat.update).
 * @see https://docs.slack.dev/reference/methods
 */
export const connector = defineConnector<SlackOperationInputs, SlackOperationOutputs, SlackOperationItems>({
  id: "slack",
  packageName: "@convoflow/connector-slack",
  title: "Slack",
  description: "Posts messages to Slack: through an incoming webhook URL, or with a bot token through the Web API (chat.postMessage, chat.update).",
  docsUrl: "https://docs.slack.dev/reference/methods",
  baseUrl: "https://slack.com/api",
  allowedHosts: ["hooks.slack.com","slack.com"],
  auth: {"webhook":{"type":"url","secret":"SLACK_WEBHOOK_URL","description":"The incoming-webhook URL is itself the credential, so it is stored as a secret and redacted everywhere. Create a Slack app (api.slack.com/apps → Create New App), open Incoming Webhooks and switch them on, click Add New Webhook to Workspace, pick the channel, then copy the https://hooks.slack.com/services/… URL into SLACK_WEBHOOK_URL.","setupUrl":"https://api.slack.com/apps"},"botToken":{"type":"bearer","secret":"SLACK_BOT_TOKEN","description":"A bot token (xoxb-…). In your Slack app (api.slack.com/apps) open OAuth & Permissions, add the bot token scope chat:write (and chat:write.public to post in public channels the bot has not joined), install the app to the workspace, then copy the Bot User OAuth Token into SLACK_BOT_TOKEN. Invite the bot to private channels it should post in.","setupUrl":"https://api.slack.com/apps"}},
  errors: {"failureWhen":[{"path":"ok","equals":false}],"message":["error"],"code":["error"],"requestIdHeaders":["x-slack-req-id"]},
  operations: {
    chatPostMessage: {
      title: "Post a message (chat.postMessage)",
      description: "Posts a message to a conversation with the bot token. Returns the channel and ts of the new message; failures are HTTP 200 with ok false and an error code.",
      docsUrl: "https://docs.slack.dev/reference/methods/chat.postMessage",
      sdkCall: "web.chat.postMessage(args) (@slack/web-api)",
      method: "POST",
      auth: "botToken",
      path: { literal: "/chat.postMessage" },
      headers: [["Accept", { literal: "application/json" }]],
      body: { object: [["channel", { expr: {"path":["channel"]} }], ["text", { expr: {"path":["text"]} }], ["blocks", { expr: {"path":["blocks"]} }], ["attachments", { expr: {"path":["attachments"]} }], ["thread_ts", { expr: {"path":["thread_ts"]} }], ["reply_broadcast", { expr: {"path":["reply_broadcast"]} }], ["mrkdwn", { expr: {"path":["mrkdwn"]} }], ["unfurl_links", { expr: {"path":["unfurl_links"]} }], ["unfurl_media", { expr: {"path":["unfurl_media"]} }], ["username", { expr: {"path":["username"]} }], ["icon_emoji", { expr: {"path":["icon_emoji"]} }], ["icon_url", { expr: {"path":["icon_url"]} }], ["metadata", { expr: {"path":["metadata"]} }]] },
      bodyEncoding: "json",
      contentType: "application/json; charset=utf-8",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"anyOf":[{"required":["text"],"properties":{"text":{"type":"string","description":"Either this or blocks or attachments must be given."}}},{"required":["blocks"],"properties":{"blocks":{"type":"array","description":"Either this or text or attachments must be given."}}},{"required":["attachments"],"properties":{"attachments":{"type":"array","description":"Either this or text or blocks must be given."}}}],"required":["channel"],"properties":{"channel":{"type":"string","minLength":1,"description":"The conversation to post in: a channel, private channel or DM id (C…, G…, D…), or a channel name such as #general. A user id (U…) posts to the app’s DM with that user."},"text":{"type":"string","description":"The message text (mrkdwn). Required unless blocks or attachments are given; with them it is the notification and screen-reader fallback."},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"description":"One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).","properties":{"type":{"type":"string","minLength":1,"description":"The block type: section, header, divider, context, actions, image, rich_text, input, …"},"block_id":{"type":"string","maxLength":255,"description":"An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads."}}},"description":"Block Kit layout blocks (up to 50) that make up the message. When blocks are given, `text` is only used as the notification and screen-reader fallback."},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"A secondary (legacy) message attachment: lower-priority content shown under the message with a coloured bar.","properties":{"fallback":{"type":"string","description":"Plain-text summary of the attachment, shown where formatting cannot be (notifications, old clients)."},"color":{"type":"string","description":"Colour of the bar on the left: good, warning, danger or a hex colour such as #36a64f."},"pretext":{"type":"string","description":"Text shown above the attachment."},"author_name":{"type":"string","description":"Small text naming the author, shown at the top of the attachment."},"author_link":{"type":"string","description":"URL that author_name links to (needs author_name)."},"author_icon":{"type":"string","description":"URL of a 16×16 image shown left of author_name (needs author_name)."},"title":{"type":"string","description":"Bold title text near the top of the attachment."},"title_link":{"type":"string","description":"URL that the title links to."},"text":{"type":"string","description":"The main text of the attachment; mrkdwn formatting applies when listed in mrkdwn_in."},"fields":{"type":"array","description":"Label/value pairs shown as a table inside the attachment.","items":{"type":"object","additionalProperties":false,"description":"One field of the attachment table.","properties":{"title":{"type":"string","description":"The field label (bold, no markup)."},"value":{"type":"string","description":"The field value (may use mrkdwn when \"fields\" is in mrkdwn_in)."},"short":{"type":"boolean","description":"true when the value is short enough to sit next to another field."}}}},"image_url":{"type":"string","description":"URL of an image shown full width inside the attachment."},"thumb_url":{"type":"string","description":"URL of a small thumbnail shown on the right of the attachment."},"footer":{"type":"string","description":"Short text shown at the bottom of the attachment."},"footer_icon":{"type":"string","description":"URL of a 16×16 icon shown left of the footer (needs footer)."},"ts":{"type":["integer","string"],"description":"A Unix timestamp (seconds) shown in the footer."},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"],"description":"A field that uses mrkdwn."},"description":"Which of pretext, text and fields use mrkdwn formatting."},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"description":"One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).","properties":{"type":{"type":"string","minLength":1,"description":"The block type: section, header, divider, context, actions, image, rich_text, input, …"},"block_id":{"type":"string","maxLength":255,"description":"An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads."}}},"description":"Block Kit layout blocks shown inside the attachment."}}},"description":"Secondary (legacy) attachments. Slack recommends blocks for new messages."},"thread_ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$","description":"The ts of a parent message, to post this message as a reply in its thread. Use the parent’s ts, not a reply’s."},"reply_broadcast":{"type":"boolean","description":"With thread_ts: true to also show the reply in the channel."},"mrkdwn":{"type":"boolean","description":"Set false to turn off Slack mrkdwn formatting of `text` (on by default)."},"unfurl_links":{"type":"boolean","description":"true to unfurl (preview) links to text-based content."},"unfurl_media":{"type":"boolean","description":"Set false to stop media links (images, videos) from unfurling."},"username":{"type":"string","description":"The bot’s display name for this message (needs the chat:write.customize scope)."},"icon_emoji":{"type":"string","description":"An emoji code such as :robot_face: used as the icon for this message (needs chat:write.customize; wins over icon_url)."},"icon_url":{"type":"string","description":"An image URL used as the icon for this message (needs chat:write.customize)."},"metadata":{"type":"object","additionalProperties":false,"required":["event_type","event_payload"],"description":"Message metadata: an event type and a JSON payload attached to the message for other apps to read.","properties":{"event_type":{"type":"string","minLength":1,"description":"The name of the event, e.g. task_created."},"event_payload":{"type":"object","additionalProperties":true,"description":"Free-form JSON data describing the event."}}}},"examples":[{"channel":"C0123456789","text":"Hello from ConvoFlow"}]},
      validate: validateChatPostMessage,
    },
    chatUpdate: {
      title: "Update a message (chat.update)",
      description: "Edits a message the bot posted earlier, found by channel and ts. Failures are HTTP 200 with ok false and an error code (message_not_found, cant_update_message, …).",
      docsUrl: "https://docs.slack.dev/reference/methods/chat.update",
      sdkCall: "web.chat.update(args) (@slack/web-api)",
      method: "POST",
      auth: "botToken",
      path: { literal: "/chat.update" },
      headers: [["Accept", { literal: "application/json" }]],
      body: { object: [["channel", { expr: {"path":["channel"]} }], ["ts", { expr: {"path":["ts"]} }], ["text", { expr: {"path":["text"]} }], ["blocks", { expr: {"path":["blocks"]} }], ["attachments", { expr: {"path":["attachments"]} }]] },
      bodyEncoding: "json",
      contentType: "application/json; charset=utf-8",
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"anyOf":[{"required":["text"],"properties":{"text":{"type":"string","description":"Either this or blocks or attachments must be given."}}},{"required":["blocks"],"properties":{"blocks":{"type":"array","description":"Either this or text or attachments must be given."}}},{"required":["attachments"],"properties":{"attachments":{"type":"array","description":"Either this or text or blocks must be given."}}}],"required":["channel","ts"],"properties":{"channel":{"type":"string","minLength":1,"description":"The id of the conversation that holds the message (C…, G… or D…)."},"ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$","description":"The ts of the message to update, as returned when it was posted."},"text":{"type":"string","description":"The new message text (mrkdwn). With blocks it becomes the notification fallback."},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"description":"One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).","properties":{"type":{"type":"string","minLength":1,"description":"The block type: section, header, divider, context, actions, image, rich_text, input, …"},"block_id":{"type":"string","maxLength":255,"description":"An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads."}}},"description":"The new Block Kit layout blocks (up to 50). Leave out to keep the current blocks; an empty array removes them."},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"A secondary (legacy) message attachment: lower-priority content shown under the message with a coloured bar.","properties":{"fallback":{"type":"string","description":"Plain-text summary of the attachment, shown where formatting cannot be (notifications, old clients)."},"color":{"type":"string","description":"Colour of the bar on the left: good, warning, danger or a hex colour such as #36a64f."},"pretext":{"type":"string","description":"Text shown above the attachment."},"author_name":{"type":"string","description":"Small text naming the author, shown at the top of the attachment."},"author_link":{"type":"string","description":"URL that author_name links to (needs author_name)."},"author_icon":{"type":"string","description":"URL of a 16×16 image shown left of author_name (needs author_name)."},"title":{"type":"string","description":"Bold title text near the top of the attachment."},"title_link":{"type":"string","description":"URL that the title links to."},"text":{"type":"string","description":"The main text of the attachment; mrkdwn formatting applies when listed in mrkdwn_in."},"fields":{"type":"array","description":"Label/value pairs shown as a table inside the attachment.","items":{"type":"object","additionalProperties":false,"description":"One field of the attachment table.","properties":{"title":{"type":"string","description":"The field label (bold, no markup)."},"value":{"type":"string","description":"The field value (may use mrkdwn when \"fields\" is in mrkdwn_in)."},"short":{"type":"boolean","description":"true when the value is short enough to sit next to another field."}}}},"image_url":{"type":"string","description":"URL of an image shown full width inside the attachment."},"thumb_url":{"type":"string","description":"URL of a small thumbnail shown on the right of the attachment."},"footer":{"type":"string","description":"Short text shown at the bottom of the attachment."},"footer_icon":{"type":"string","description":"URL of a 16×16 icon shown left of the footer (needs footer)."},"ts":{"type":["integer","string"],"description":"A Unix timestamp (seconds) shown in the footer."},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"],"description":"A field that uses mrkdwn."},"description":"Which of pretext, text and fields use mrkdwn formatting."},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"description":"One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).","properties":{"type":{"type":"string","minLength":1,"description":"The block type: section, header, divider, context, actions, image, rich_text, input, …"},"block_id":{"type":"string","maxLength":255,"description":"An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads."}}},"description":"Block Kit layout blocks shown inside the attachment."}}},"description":"The new secondary (legacy) attachments. Leave out to keep the current ones; an empty array removes them."}},"examples":[{"channel":"C0123456789","ts":"1700000000.000100","text":"Edited: build 43 is live (was 42) ✓"}]},
      validate: validateChatUpdate,
    },
    conversationsList: {
      title: "List channels (conversations.list)",
      description: "Lists the workspace's channels (public by default; types for private channels, group DMs and DMs). connector.paginate('conversationsList', …) follows response_metadata.next_cursor through every page. Needs the channels:read scope (groups:read, mpim:read, im:read for the other types).",
      docsUrl: "https://docs.slack.dev/reference/methods/conversations.list",
      sdkCall: "web.conversations.list(args) (@slack/web-api)",
      method: "POST",
      auth: "botToken",
      path: { literal: "/conversations.list" },
      headers: [["Accept", { literal: "application/json" }]],
      body: { object: [["team_id", { expr: {"path":["team_id"]} }], ["cursor", { expr: {"path":["cursor"]} }], ["exclude_archived", { expr: {"path":["exclude_archived"]} }], ["limit", { expr: {"path":["limit"]} }], ["types", { expr: {"helper":"join","params":[{"path":["types"]},{"literal":","}]} }]] },
      bodyEncoding: "form",
      pagination: {"style":"cursor","next":"response_metadata.next_cursor","param":"cursor","in":"body","items":"channels"},
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":1000,"description":"The most channels per page, up to 1000 (Slack recommends no more than 200; default 100). A page may hold fewer even when more follow."},"cursor":{"type":"string","minLength":1,"description":"Where to continue: the previous page's response_metadata.next_cursor (connector.paginate sets it for you)."},"exclude_archived":{"type":"boolean","description":"Leave archived channels out."},"types":{"type":"array","minItems":1,"uniqueItems":true,"description":"The kinds of conversation to list (default public_channel). Sent comma-separated.","items":{"type":"string","enum":["public_channel","private_channel","mpim","im"],"description":"A conversation kind."}},"team_id":{"type":"string","minLength":1,"description":"The workspace to list, required only for org-wide apps (T…)."}},"examples":[{"limit":2,"types":["public_channel","private_channel"],"exclude_archived":true}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A page of channels.","required":["ok","channels"],"properties":{"ok":{"type":"boolean","const":true,"description":"Always true on success."},"channels":{"type":"array","description":"This page's channels.","items":{"type":"object","description":"A conversation (only the commonly read fields are listed; Slack returns more).","required":["id"],"properties":{"id":{"type":"string","description":"The channel id (C…, G…, D…)."},"name":{"type":"string","description":"The channel name, without #."},"is_channel":{"type":"boolean","description":"A public channel."},"is_private":{"type":"boolean","description":"A private channel."},"is_archived":{"type":"boolean","description":"Archived."},"is_member":{"type":"boolean","description":"The caller is a member."},"created":{"type":"integer","description":"Creation time, Unix seconds."},"num_members":{"type":"integer","description":"How many members it has."}}}},"response_metadata":{"type":"object","description":"Paging details.","properties":{"next_cursor":{"type":"string","description":"The cursor of the next page; empty on the last page."}}}}},
      validate: validateConversationsList,
    },
    postWebhookMessage: {
      title: "Post a message with an incoming webhook",
      description: "Posts a message to the channel an incoming webhook was created for. The webhook URL is the credential; Slack answers 200 with the text ok, or a 4xx with an error code as text.",
      docsUrl: "https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks",
      sdkCall: "new IncomingWebhook(url).send(args) (@slack/webhook)",
      method: "POST",
      auth: "webhook",
      path: { literal: "" },
      body: { object: [["text", { expr: {"path":["text"]} }], ["blocks", { expr: {"path":["blocks"]} }], ["attachments", { expr: {"path":["attachments"]} }], ["thread_ts", { expr: {"path":["thread_ts"]} }], ["mrkdwn", { expr: {"path":["mrkdwn"]} }], ["unfurl_links", { expr: {"path":["unfurl_links"]} }], ["unfurl_media", { expr: {"path":["unfurl_media"]} }], ["channel", { expr: {"path":["channel"]} }], ["username", { expr: {"path":["username"]} }], ["icon_emoji", { expr: {"path":["icon_emoji"]} }], ["icon_url", { expr: {"path":["icon_url"]} }]] },
      bodyEncoding: "json",
      contentType: "application/json",
      errors: {"failureWhen":[],"message":["$text"],"code":["$text"]},
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"anyOf":[{"required":["text"],"properties":{"text":{"type":"string","description":"Either this or blocks or attachments must be given."}}},{"required":["blocks"],"properties":{"blocks":{"type":"array","description":"Either this or text or attachments must be given."}}},{"required":["attachments"],"properties":{"attachments":{"type":"array","description":"Either this or text or blocks must be given."}}}],"properties":{"text":{"type":"string","description":"The message text (mrkdwn). Required unless blocks or attachments are given; with them it is the notification fallback."},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"description":"One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).","properties":{"type":{"type":"string","minLength":1,"description":"The block type: section, header, divider, context, actions, image, rich_text, input, …"},"block_id":{"type":"string","maxLength":255,"description":"An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads."}}},"description":"Block Kit layout blocks (up to 50) that make up the message. When blocks are given, `text` is only used as the notification and screen-reader fallback."},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"description":"A secondary (legacy) message attachment: lower-priority content shown under the message with a coloured bar.","properties":{"fallback":{"type":"string","description":"Plain-text summary of the attachment, shown where formatting cannot be (notifications, old clients)."},"color":{"type":"string","description":"Colour of the bar on the left: good, warning, danger or a hex colour such as #36a64f."},"pretext":{"type":"string","description":"Text shown above the attachment."},"author_name":{"type":"string","description":"Small text naming the author, shown at the top of the attachment."},"author_link":{"type":"string","description":"URL that author_name links to (needs author_name)."},"author_icon":{"type":"string","description":"URL of a 16×16 image shown left of author_name (needs author_name)."},"title":{"type":"string","description":"Bold title text near the top of the attachment."},"title_link":{"type":"string","description":"URL that the title links to."},"text":{"type":"string","description":"The main text of the attachment; mrkdwn formatting applies when listed in mrkdwn_in."},"fields":{"type":"array","description":"Label/value pairs shown as a table inside the attachment.","items":{"type":"object","additionalProperties":false,"description":"One field of the attachment table.","properties":{"title":{"type":"string","description":"The field label (bold, no markup)."},"value":{"type":"string","description":"The field value (may use mrkdwn when \"fields\" is in mrkdwn_in)."},"short":{"type":"boolean","description":"true when the value is short enough to sit next to another field."}}}},"image_url":{"type":"string","description":"URL of an image shown full width inside the attachment."},"thumb_url":{"type":"string","description":"URL of a small thumbnail shown on the right of the attachment."},"footer":{"type":"string","description":"Short text shown at the bottom of the attachment."},"footer_icon":{"type":"string","description":"URL of a 16×16 icon shown left of the footer (needs footer)."},"ts":{"type":["integer","string"],"description":"A Unix timestamp (seconds) shown in the footer."},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"],"description":"A field that uses mrkdwn."},"description":"Which of pretext, text and fields use mrkdwn formatting."},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"description":"One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).","properties":{"type":{"type":"string","minLength":1,"description":"The block type: section, header, divider, context, actions, image, rich_text, input, …"},"block_id":{"type":"string","maxLength":255,"description":"An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads."}}},"description":"Block Kit layout blocks shown inside the attachment."}}},"description":"Secondary (legacy) attachments. Slack recommends blocks for new messages."},"thread_ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$","description":"The ts of a parent message, to post this message as a reply in its thread."},"mrkdwn":{"type":"boolean","description":"Set false to turn off Slack mrkdwn formatting of `text` (on by default)."},"unfurl_links":{"type":"boolean","description":"true to unfurl (preview) links to text-based content."},"unfurl_media":{"type":"boolean","description":"Set false to stop media links (images, videos) from unfurling."},"channel":{"type":"string","description":"Legacy override of the channel (#name or id). Only legacy custom-integration webhooks honour it; webhooks created by Slack apps ignore it and post to the channel chosen when the webhook was added."},"username":{"type":"string","description":"Legacy override of the sender name. Ignored by webhooks created by Slack apps (the app name is used)."},"icon_emoji":{"type":"string","description":"Legacy override of the sender icon as an emoji code such as :tada:. Ignored by webhooks created by Slack apps."},"icon_url":{"type":"string","description":"Legacy override of the sender icon as an image URL. Ignored by webhooks created by Slack apps."}},"examples":[{"text":"Deploy finished: build 42 is live."}]},
      validate: validatePostWebhookMessage,
    },
    usersList: {
      title: "List users (users.list)",
      description: "Lists the workspace's members, bots and deactivated users included. connector.paginate('usersList', …) follows response_metadata.next_cursor through every page. Needs the users:read scope (users:read.email for email addresses).",
      docsUrl: "https://docs.slack.dev/reference/methods/users.list",
      sdkCall: "web.users.list(args) (@slack/web-api)",
      method: "POST",
      auth: "botToken",
      path: { literal: "/users.list" },
      headers: [["Accept", { literal: "application/json" }]],
      body: { object: [["team_id", { expr: {"path":["team_id"]} }], ["cursor", { expr: {"path":["cursor"]} }], ["include_locale", { expr: {"path":["include_locale"]} }], ["limit", { expr: {"path":["limit"]} }]] },
      bodyEncoding: "form",
      pagination: {"style":"cursor","next":"response_metadata.next_cursor","param":"cursor","in":"body","items":"members"},
      inputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":1000,"description":"The most users per page, up to 1000 (Slack recommends no more than 200). A page may hold fewer even when more follow."},"cursor":{"type":"string","minLength":1,"description":"Where to continue: the previous page's response_metadata.next_cursor (connector.paginate sets it for you)."},"include_locale":{"type":"boolean","description":"Add each user's locale to the result."},"team_id":{"type":"string","minLength":1,"description":"The workspace to list, required only for org-wide apps (T…)."}},"examples":[{"limit":100,"include_locale":true}]},
      outputSchema: {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","description":"A page of users.","required":["ok","members"],"properties":{"ok":{"type":"boolean","const":true,"description":"Always true on success."},"members":{"type":"array","description":"This page's users.","items":{"type":"object","description":"A user (only the commonly read fields are listed; Slack returns more).","required":["id"],"properties":{"id":{"type":"string","description":"The user id (U… or W…)."},"name":{"type":"string","description":"The username."},"real_name":{"type":"string","description":"The full name."},"deleted":{"type":"boolean","description":"Deactivated."},"is_bot":{"type":"boolean","description":"A bot user."},"tz":{"type":"string","description":"The user's time zone, e.g. Europe/Berlin."},"locale":{"type":"string","description":"The user's locale, with include_locale."}}}},"cache_ts":{"type":"integer","description":"When the list was read, Unix seconds."},"response_metadata":{"type":"object","description":"Paging details.","properties":{"next_cursor":{"type":"string","description":"The cursor of the next page; empty on the last page."}}}}},
      validate: validateUsersList,
    },
  },
});

/**
 * Post a message (chat.postMessage)
 *
 * Posts a message to a conversation with the bot token. Returns the channel and ts of the new message; failures are HTTP 200 with ok false and an error code.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `web.chat.postMessage(args) (@slack/web-api)`.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 */
export function chatPostMessage(
  input: ChatPostMessageInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("chatPostMessage", input, options);
}

/**
 * Update a message (chat.update)
 *
 * Edits a message the bot posted earlier, found by channel and ts. Failures are HTTP 200 with ok false and an error code (message_not_found, cant_update_message, …).
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `web.chat.update(args) (@slack/web-api)`.
 * @see https://docs.slack.dev/reference/methods/chat.update
 */
export function chatUpdate(
  input: ChatUpdateInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("chatUpdate", input, options);
}

/**
 * List channels (conversations.list)
 *
 * Lists the workspace's channels (public by default; types for private channels, group DMs and DMs). connector.paginate('conversationsList', …) follows response_metadata.next_cursor through every page. Needs the channels:read scope (groups:read, mpim:read, im:read for the other types).
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `web.conversations.list(args) (@slack/web-api)`.
 * @see https://docs.slack.dev/reference/methods/conversations.list
 */
export function conversationsList(
  input: ConversationsListInput,
  options?: PresetOptions,
): TypedNodeConfig<ConversationsListOutput> {
  return connector.preset("conversationsList", input, options);
}

/**
 * Post a message with an incoming webhook
 *
 * Posts a message to the channel an incoming webhook was created for. The webhook URL is the credential; Slack answers 200 with the text ok, or a 4xx with an error code as text.
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `new IncomingWebhook(url).send(args) (@slack/webhook)`.
 * @see https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks
 */
export function postWebhookMessage(
  input: PostWebhookMessageInput,
  options?: PresetOptions,
): TypedNodeConfig<unknown> {
  return connector.preset("postWebhookMessage", input, options);
}

/**
 * List users (users.list)
 *
 * Lists the workspace's members, bots and deactivated users included. connector.paginate('usersList', …) follows response_metadata.next_cursor through every page. Needs the users:read scope (users:read.email for email addresses).
 *
 * Validates `input` (throws `InputError` listing every problem) and returns a Custom API node config that holds
 * secret references, never secret values.
 * Sends what the official SDK sends for `web.users.list(args) (@slack/web-api)`.
 * @see https://docs.slack.dev/reference/methods/users.list
 */
export function usersList(
  input: UsersListInput,
  options?: PresetOptions,
): TypedNodeConfig<UsersListOutput> {
  return connector.preset("usersList", input, options);
}
