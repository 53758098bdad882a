import { FieldFrame, type FieldProps } from './field.js';
import { useForm } from './form-context.js';
import { typeOf } from './schema.js';

const REFERENCE = /^\{\{\s*secrets\.([A-Za-z_$][\w$-]*)\s*\}\}$/;

/** A number field keeps what was typed until it is a number, so the server can say what is wrong with it. */
function parseNumber(text: string): unknown {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim()) ? number : text;
}

/** A credential: a choice among the allowed secret names, stored as `{{secrets.NAME}}`; never a typed value. */
function SecretSelect(props: FieldProps & { id: string }) {
  const { secretNames } = useForm();
  const current = typeof props.value === 'string' ? REFERENCE.exec(props.value)?.[1] : undefined;
  const names = current && !secretNames.includes(current) ? [...secretNames, current] : secretNames;
  return (
    <div class="secret-ref">
      <select
        id={props.id}
        data-secret-field={props.pointer}
        value={current ?? ''}
        onChange={(event) =>
          props.onChange(event.currentTarget.value ? `{{secrets.${event.currentTarget.value}}}` : undefined)
        }
      >
        <option value="">— choose a secret —</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
            {secretNames.includes(name) ? '' : ' (not allowed here)'}
          </option>
        ))}
      </select>
      <code class="muted">{current ? `{{secrets.${current}}}` : 'secrets stay on the studio server'}</code>
    </div>
  );
}

/** Text, numbers, booleans and enums; auth credentials as secret references. */
export function ScalarField(props: FieldProps) {
  const { isSecretField } = useForm();
  const { schema, value, onChange } = props;
  const id = `field-${props.pointer}`;
  const type = typeOf(schema);
  let control: preact.JSX.Element;
  if (type === 'string' && (isSecretField(props.pointer) || schema.pattern?.includes('secrets\\.')))
    control = <SecretSelect {...props} id={id} />;
  else if (schema.enum)
    control = (
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          const index = event.currentTarget.selectedIndex - 1;
          onChange(index < 0 ? undefined : schema.enum?.[index]);
        }}
      >
        <option value="">
          {schema.default !== undefined ? `— default: ${String(schema.default)} —` : '— not set —'}
        </option>
        {schema.enum.map((item) => (
          <option key={String(item)} value={String(item)}>
            {String(item)}
          </option>
        ))}
      </select>
    );
  else if (type === 'boolean')
    control = (
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange(text === '' ? undefined : text === 'true');
        }}
      >
        <option value="">
          {schema.default !== undefined ? `— default: ${String(schema.default)} —` : '— not set —'}
        </option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  else
    control = (
      <input
        id={id}
        type="text"
        inputMode={type === 'string' ? 'text' : 'decimal'}
        value={value === undefined ? '' : String(value)}
        placeholder={schema.default !== undefined ? `default: ${String(schema.default)}` : ''}
        onInput={(event) => {
          const text = event.currentTarget.value;
          onChange(type === 'string' ? (text === '' ? undefined : text) : parseNumber(text));
        }}
      />
    );
  return (
    <FieldFrame name={props.name} schema={schema} pointer={props.pointer} required={props.required} id={id}>
      {control}
    </FieldFrame>
  );
}
