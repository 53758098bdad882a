/**
 * How an operation's results continue on further pages, as its manifest declares. `items` is a body path to the
 * array of items on each page (absent: the body is the array). Paths read like error rules' paths (`data`,
 * `response_metadata.next_cursor`); in a cursor's `next`, `$last.<field>` reads the page's last item.
 */
export type PaginationSpec =
  | {
      /** A value from the response goes into a request parameter (Stripe `starting_after`, Slack `cursor`). */
      style: 'cursor';
      items?: string;
      /** Where the next cursor is: a body path, or `$last.id` for a field of the last item. */
      next: string;
      /** The parameter that carries it. */
      param: string;
      in?: 'query' | 'body';
      /** A body path whose `false` means "no more pages" (Stripe `has_more`); without it, an empty cursor stops. */
      hasMore?: string;
    }
  | {
      /** A response field holds the next page's URL, relative or absolute; it must stay on an allowed host. */
      style: 'nextUrl';
      items?: string;
      next: string;
    }
  | {
      /** The `Link` header's `rel="next"` target (RFC 8288), held to the allowed hosts like `nextUrl`. */
      style: 'linkHeader';
      items?: string;
    }
  | {
      /** A page number (`counts: "pages"`) or an item offset (`counts: "items"`) in a parameter. */
      style: 'page';
      items?: string;
      param: string;
      in?: 'query' | 'body';
      /** The first page's number or offset (default 1 for pages, 0 for items), sent from the second page on. */
      start?: number;
      counts?: 'pages' | 'items';
      /** The page-size parameter: a page shorter than its value is the last one. */
      sizeParam?: string;
    };
