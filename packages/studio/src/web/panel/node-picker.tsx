import type { Catalog } from '../../protocol.js';

/** `customApi`, or `connector.operation`. */
export type NodeKey = string;

/** The select of what to configure: the Custom API node or any connector operation. */
export function NodePicker(props: { catalog: Catalog; value: NodeKey; onChange(key: NodeKey): void }) {
  return (
    <label class="picker">
      <span>Node</span>
      <select
        id="node-picker"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="customApi">Custom API node (any HTTP API)</option>
        {props.catalog.connectors.map((connector) => (
          <optgroup key={connector.id} label={connector.title}>
            {connector.operations.map((operation) => (
              <option key={operation.id} value={`${connector.id}.${operation.id}`}>
                {connector.title}: {operation.title} ({operation.method} {operation.path})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
