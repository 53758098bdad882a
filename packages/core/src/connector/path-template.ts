import { renderNode, type TemplateNode } from './template-node.js';

/**
 * An operation's path as a template people read: `/v1/customers/{id}`. Rendered once, when a connector is defined,
 * with each input the path reads standing for itself.
 */
export function pathTemplate(node: TemplateNode): string {
  if ('literal' in node) return String(node.literal);
  if ('expr' in node && 'path' in node.expr) return `{${node.expr.path.join('.')}}`;
  if (!('text' in node)) return '';
  const input: Record<string, unknown> = {};
  for (const path of node.refs) {
    let target = input;
    path.forEach((segment, index) => {
      if (index === path.length - 1) target[segment] = `{${path.join('.')}}`;
      else {
        target[segment] ??= {};
        target = target[segment] as Record<string, unknown>;
      }
    });
  }
  return String(renderNode(node, input) ?? '');
}
