// Generated from connectors/slack by `pnpm codegen --write`. Do not edit.

export type ChatPostMessageInput = (
  | {
      /**
       * Either this or blocks or attachments must be given.
       */
      text: string;
    }
  | {
      /**
       * Either this or text or attachments must be given.
       */
      blocks: unknown[];
    }
  | {
      /**
       * Either this or text or blocks must be given.
       */
      attachments: unknown[];
    }
) & {
  /**
   * The conversation to post in: a channel, private channel or DM id (C…, G…, D…), or a channel name such as #general. A user id (U…) posts to the app’s DM with that user.
   */
  channel: string;
  /**
   * The message text (mrkdwn). Required unless blocks or attachments are given; with them it is the notification and screen-reader fallback.
   */
  text?: string;
  /**
   * Block Kit layout blocks (up to 50) that make up the message. When blocks are given, `text` is only used as the notification and screen-reader fallback.
   *
   * @maxItems 50
   *
   * Items: One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).
   */
  blocks?: {
    /**
     * The block type: section, header, divider, context, actions, image, rich_text, input, …
     */
    type: string;
    /**
     * An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads.
     */
    block_id?: string;
    [k: string]: unknown | undefined;
  }[];
  /**
   * Secondary (legacy) attachments. Slack recommends blocks for new messages.
   *
   * Items: A secondary (legacy) message attachment: lower-priority content shown under the message with a coloured bar.
   */
  attachments?: {
    /**
     * Plain-text summary of the attachment, shown where formatting cannot be (notifications, old clients).
     */
    fallback?: string;
    /**
     * Colour of the bar on the left: good, warning, danger or a hex colour such as #36a64f.
     */
    color?: string;
    /**
     * Text shown above the attachment.
     */
    pretext?: string;
    /**
     * Small text naming the author, shown at the top of the attachment.
     */
    author_name?: string;
    /**
     * URL that author_name links to (needs author_name).
     */
    author_link?: string;
    /**
     * URL of a 16×16 image shown left of author_name (needs author_name).
     */
    author_icon?: string;
    /**
     * Bold title text near the top of the attachment.
     */
    title?: string;
    /**
     * URL that the title links to.
     */
    title_link?: string;
    /**
     * The main text of the attachment; mrkdwn formatting applies when listed in mrkdwn_in.
     */
    text?: string;
    /**
     * Label/value pairs shown as a table inside the attachment.
     *
     * Items: One field of the attachment table.
     */
    fields?: {
      /**
       * The field label (bold, no markup).
       */
      title?: string;
      /**
       * The field value (may use mrkdwn when "fields" is in mrkdwn_in).
       */
      value?: string;
      /**
       * true when the value is short enough to sit next to another field.
       */
      short?: boolean;
    }[];
    /**
     * URL of an image shown full width inside the attachment.
     */
    image_url?: string;
    /**
     * URL of a small thumbnail shown on the right of the attachment.
     */
    thumb_url?: string;
    /**
     * Short text shown at the bottom of the attachment.
     */
    footer?: string;
    /**
     * URL of a 16×16 icon shown left of the footer (needs footer).
     */
    footer_icon?: string;
    /**
     * A Unix timestamp (seconds) shown in the footer.
     */
    ts?: number | string;
    /**
     * Which of pretext, text and fields use mrkdwn formatting.
     *
     * Items: A field that uses mrkdwn.
     */
    mrkdwn_in?: ('pretext' | 'text' | 'fields')[];
    /**
     * Block Kit layout blocks shown inside the attachment.
     *
     * Items: One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).
     */
    blocks?: {
      /**
       * The block type: section, header, divider, context, actions, image, rich_text, input, …
       */
      type: string;
      /**
       * An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads.
       */
      block_id?: string;
      [k: string]: unknown | undefined;
    }[];
  }[];
  /**
   * The ts of a parent message, to post this message as a reply in its thread. Use the parent’s ts, not a reply’s.
   */
  thread_ts?: string;
  /**
   * With thread_ts: true to also show the reply in the channel.
   */
  reply_broadcast?: boolean;
  /**
   * Set false to turn off Slack mrkdwn formatting of `text` (on by default).
   */
  mrkdwn?: boolean;
  /**
   * true to unfurl (preview) links to text-based content.
   */
  unfurl_links?: boolean;
  /**
   * Set false to stop media links (images, videos) from unfurling.
   */
  unfurl_media?: boolean;
  /**
   * The bot’s display name for this message (needs the chat:write.customize scope).
   */
  username?: string;
  /**
   * An emoji code such as :robot_face: used as the icon for this message (needs chat:write.customize; wins over icon_url).
   */
  icon_emoji?: string;
  /**
   * An image URL used as the icon for this message (needs chat:write.customize).
   */
  icon_url?: string;
  /**
   * Message metadata: an event type and a JSON payload attached to the message for other apps to read.
   */
  metadata?: {
    /**
     * The name of the event, e.g. task_created.
     */
    event_type: string;
    /**
     * Free-form JSON data describing the event.
     */
    event_payload: {
      [k: string]: unknown | undefined;
    };
  };
};

export type ChatUpdateInput = (
  | {
      /**
       * Either this or blocks or attachments must be given.
       */
      text: string;
    }
  | {
      /**
       * Either this or text or attachments must be given.
       */
      blocks: unknown[];
    }
  | {
      /**
       * Either this or text or blocks must be given.
       */
      attachments: unknown[];
    }
) & {
  /**
   * The id of the conversation that holds the message (C…, G… or D…).
   */
  channel: string;
  /**
   * The ts of the message to update, as returned when it was posted.
   */
  ts: string;
  /**
   * The new message text (mrkdwn). With blocks it becomes the notification fallback.
   */
  text?: string;
  /**
   * The new Block Kit layout blocks (up to 50). Leave out to keep the current blocks; an empty array removes them.
   *
   * @maxItems 50
   *
   * Items: One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).
   */
  blocks?: {
    /**
     * The block type: section, header, divider, context, actions, image, rich_text, input, …
     */
    type: string;
    /**
     * An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads.
     */
    block_id?: string;
    [k: string]: unknown | undefined;
  }[];
  /**
   * The new secondary (legacy) attachments. Leave out to keep the current ones; an empty array removes them.
   *
   * Items: A secondary (legacy) message attachment: lower-priority content shown under the message with a coloured bar.
   */
  attachments?: {
    /**
     * Plain-text summary of the attachment, shown where formatting cannot be (notifications, old clients).
     */
    fallback?: string;
    /**
     * Colour of the bar on the left: good, warning, danger or a hex colour such as #36a64f.
     */
    color?: string;
    /**
     * Text shown above the attachment.
     */
    pretext?: string;
    /**
     * Small text naming the author, shown at the top of the attachment.
     */
    author_name?: string;
    /**
     * URL that author_name links to (needs author_name).
     */
    author_link?: string;
    /**
     * URL of a 16×16 image shown left of author_name (needs author_name).
     */
    author_icon?: string;
    /**
     * Bold title text near the top of the attachment.
     */
    title?: string;
    /**
     * URL that the title links to.
     */
    title_link?: string;
    /**
     * The main text of the attachment; mrkdwn formatting applies when listed in mrkdwn_in.
     */
    text?: string;
    /**
     * Label/value pairs shown as a table inside the attachment.
     *
     * Items: One field of the attachment table.
     */
    fields?: {
      /**
       * The field label (bold, no markup).
       */
      title?: string;
      /**
       * The field value (may use mrkdwn when "fields" is in mrkdwn_in).
       */
      value?: string;
      /**
       * true when the value is short enough to sit next to another field.
       */
      short?: boolean;
    }[];
    /**
     * URL of an image shown full width inside the attachment.
     */
    image_url?: string;
    /**
     * URL of a small thumbnail shown on the right of the attachment.
     */
    thumb_url?: string;
    /**
     * Short text shown at the bottom of the attachment.
     */
    footer?: string;
    /**
     * URL of a 16×16 icon shown left of the footer (needs footer).
     */
    footer_icon?: string;
    /**
     * A Unix timestamp (seconds) shown in the footer.
     */
    ts?: number | string;
    /**
     * Which of pretext, text and fields use mrkdwn formatting.
     *
     * Items: A field that uses mrkdwn.
     */
    mrkdwn_in?: ('pretext' | 'text' | 'fields')[];
    /**
     * Block Kit layout blocks shown inside the attachment.
     *
     * Items: One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).
     */
    blocks?: {
      /**
       * The block type: section, header, divider, context, actions, image, rich_text, input, …
       */
      type: string;
      /**
       * An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads.
       */
      block_id?: string;
      [k: string]: unknown | undefined;
    }[];
  }[];
};

export type PostWebhookMessageInput = (
  | {
      /**
       * Either this or blocks or attachments must be given.
       */
      text: string;
    }
  | {
      /**
       * Either this or text or attachments must be given.
       */
      blocks: unknown[];
    }
  | {
      /**
       * Either this or text or blocks must be given.
       */
      attachments: unknown[];
    }
) & {
  /**
   * The message text (mrkdwn). Required unless blocks or attachments are given; with them it is the notification fallback.
   */
  text?: string;
  /**
   * Block Kit layout blocks (up to 50) that make up the message. When blocks are given, `text` is only used as the notification and screen-reader fallback.
   *
   * @maxItems 50
   *
   * Items: One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).
   */
  blocks?: {
    /**
     * The block type: section, header, divider, context, actions, image, rich_text, input, …
     */
    type: string;
    /**
     * An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads.
     */
    block_id?: string;
    [k: string]: unknown | undefined;
  }[];
  /**
   * Secondary (legacy) attachments. Slack recommends blocks for new messages.
   *
   * Items: A secondary (legacy) message attachment: lower-priority content shown under the message with a coloured bar.
   */
  attachments?: {
    /**
     * Plain-text summary of the attachment, shown where formatting cannot be (notifications, old clients).
     */
    fallback?: string;
    /**
     * Colour of the bar on the left: good, warning, danger or a hex colour such as #36a64f.
     */
    color?: string;
    /**
     * Text shown above the attachment.
     */
    pretext?: string;
    /**
     * Small text naming the author, shown at the top of the attachment.
     */
    author_name?: string;
    /**
     * URL that author_name links to (needs author_name).
     */
    author_link?: string;
    /**
     * URL of a 16×16 image shown left of author_name (needs author_name).
     */
    author_icon?: string;
    /**
     * Bold title text near the top of the attachment.
     */
    title?: string;
    /**
     * URL that the title links to.
     */
    title_link?: string;
    /**
     * The main text of the attachment; mrkdwn formatting applies when listed in mrkdwn_in.
     */
    text?: string;
    /**
     * Label/value pairs shown as a table inside the attachment.
     *
     * Items: One field of the attachment table.
     */
    fields?: {
      /**
       * The field label (bold, no markup).
       */
      title?: string;
      /**
       * The field value (may use mrkdwn when "fields" is in mrkdwn_in).
       */
      value?: string;
      /**
       * true when the value is short enough to sit next to another field.
       */
      short?: boolean;
    }[];
    /**
     * URL of an image shown full width inside the attachment.
     */
    image_url?: string;
    /**
     * URL of a small thumbnail shown on the right of the attachment.
     */
    thumb_url?: string;
    /**
     * Short text shown at the bottom of the attachment.
     */
    footer?: string;
    /**
     * URL of a 16×16 icon shown left of the footer (needs footer).
     */
    footer_icon?: string;
    /**
     * A Unix timestamp (seconds) shown in the footer.
     */
    ts?: number | string;
    /**
     * Which of pretext, text and fields use mrkdwn formatting.
     *
     * Items: A field that uses mrkdwn.
     */
    mrkdwn_in?: ('pretext' | 'text' | 'fields')[];
    /**
     * Block Kit layout blocks shown inside the attachment.
     *
     * Items: One Block Kit layout block. Only `type` and `block_id` are checked here; the other fields depend on the block type (see the Block Kit reference).
     */
    blocks?: {
      /**
       * The block type: section, header, divider, context, actions, image, rich_text, input, …
       */
      type: string;
      /**
       * An id for this block, unique within the message (up to 255 characters); Slack echoes it back in interaction payloads.
       */
      block_id?: string;
      [k: string]: unknown | undefined;
    }[];
  }[];
  /**
   * The ts of a parent message, to post this message as a reply in its thread.
   */
  thread_ts?: string;
  /**
   * Set false to turn off Slack mrkdwn formatting of `text` (on by default).
   */
  mrkdwn?: boolean;
  /**
   * true to unfurl (preview) links to text-based content.
   */
  unfurl_links?: boolean;
  /**
   * Set false to stop media links (images, videos) from unfurling.
   */
  unfurl_media?: boolean;
  /**
   * Legacy override of the channel (#name or id). Only legacy custom-integration webhooks honour it; webhooks created by Slack apps ignore it and post to the channel chosen when the webhook was added.
   */
  channel?: string;
  /**
   * Legacy override of the sender name. Ignored by webhooks created by Slack apps (the app name is used).
   */
  username?: string;
  /**
   * Legacy override of the sender icon as an emoji code such as :tada:. Ignored by webhooks created by Slack apps.
   */
  icon_emoji?: string;
  /**
   * Legacy override of the sender icon as an image URL. Ignored by webhooks created by Slack apps.
   */
  icon_url?: string;
};

/** Every operation of the Slack connector, with its input type. */
export interface SlackOperationInputs {
  chatPostMessage: ChatPostMessageInput;
  chatUpdate: ChatUpdateInput;
  postWebhookMessage: PostWebhookMessageInput;
}

