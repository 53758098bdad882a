import { Field } from './field.js';
import { FormContext, type FormContextValue } from './form-context.js';
import type { Schema } from './schema.js';

/** A form generated from a JSON Schema: fields, descriptions, enums, either-or rules and the server's messages. */
export function SchemaForm(props: {
  schema: Schema;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  context: Omit<FormContextValue, 'root'>;
}) {
  return (
    <FormContext.Provider value={{ ...props.context, root: props.schema }}>
      <div class="schema-form">
        <Field
          name=""
          schema={props.schema}
          value={props.value}
          pointer=""
          required
          onChange={(next) => props.onChange((next as Record<string, unknown>) ?? {})}
        />
      </div>
    </FormContext.Provider>
  );
}
