import { ChoiceField } from './choice-field.js';
import { useForm } from './form-context.js';
import { JsonField } from './json-field.js';
import { KeyValueField } from './key-value-field.js';
import { ListField } from './list-field.js';
import { ObjectFields } from './object-fields.js';
import { ScalarField } from './scalar-field.js';
import { alternatives, resolveRef, type Schema, typeOf } from './schema.js';

/** One field's props: its schema, its value, where it is (a JSON pointer) and how it changes. */
export interface FieldProps {
  name: string;
  schema: Schema;
  value: unknown;
  pointer: string;
  required: boolean;
  onChange(value: unknown): void;
}

/** The messages for one pointer, as the form shows them under the field. */
export function Messages({ pointer }: { pointer: string }) {
  const { issues } = useForm();
  const messages = issues.get(pointer) ?? [];
  return messages.length > 0 ? (
    <ul class="field-errors" role="alert">
      {messages.map((message) => (
        <li key={message} data-pointer={pointer}>
          {message}
        </li>
      ))}
    </ul>
  ) : null;
}

/** The label, the description and the messages around a control. */
export function FieldFrame(props: {
  name: string;
  schema: Schema;
  pointer: string;
  required: boolean;
  children: unknown;
  id?: string;
}) {
  const { issues } = useForm();
  const invalid = (issues.get(props.pointer) ?? []).length > 0;
  return (
    <div class={invalid ? 'field invalid' : 'field'} data-field={props.pointer}>
      <label for={props.id}>
        <span class="field-name">{props.name}</span>
        {props.required ? (
          <span class="required" title="required">
            *
          </span>
        ) : null}
      </label>
      {props.children as never}
      {props.schema.description ? <p class="description">{props.schema.description}</p> : null}
      <Messages pointer={props.pointer} />
    </div>
  );
}

/** Renders the control a schema calls for: either-or choices, objects, lists, key/value maps, JSON, scalars. */
export function Field(props: FieldProps) {
  const { root } = useForm();
  const schema = resolveRef(props.schema, root);
  if (schema.const !== undefined) return null;
  const branches = alternatives(schema);
  if (branches && !schema.properties) return <ChoiceField {...props} schema={schema} branches={branches} />;
  const type = typeOf(schema);
  if (schema.properties) return <ObjectFields {...props} schema={schema} />;
  if (type === 'object' && schema.additionalProperties !== false)
    return <KeyValueField {...props} schema={schema} />;
  if (type === 'array') {
    const items = resolveRef(schema.items ?? {}, root);
    const scalar = ['string', 'number', 'integer'].includes(typeOf(items) ?? '') && !alternatives(items);
    return scalar ? (
      <ListField {...props} schema={schema} items={items} />
    ) : (
      <JsonField {...props} schema={schema} />
    );
  }
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || schema.enum)
    return <ScalarField {...props} schema={schema} />;
  return <JsonField {...props} schema={schema} />;
}
