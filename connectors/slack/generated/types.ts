// Generated from connectors/slack by `pnpm codegen --write`. Do not edit.

export interface GetItemInput {
  /**
   * The id of the item.
   */
  id: string;
  /**
   * Related objects to include in the response.
   */
  expand?: string[];
}

/** Every operation of the Slack connector, with its input type. */
export interface SlackOperationInputs {
  getItem: GetItemInput;
}

