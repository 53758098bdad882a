import { Field, type FieldProps, Messages } from './field.js';
import { useForm } from './form-context.js';
import { alternatives, discriminator, resolveRef, type Schema } from './schema.js';

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Sets or (for undefined) removes one key, keeping the others in order. */
export function withKey(value: Record<string, unknown>, key: string, next: unknown): Record<string, unknown> {
  const copy = { ...value };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** The either-or rule of an object, in words: "Give exactly one of: personalizations · to". */
function RequirementNote({ schema }: { schema: Schema }) {
  const branches = alternatives(schema);
  if (!branches?.every((branch) => branch.required)) return null;
  const groups = branches.map((branch) => (branch.required ?? []).join(' + '));
  return (
    <p class="either-or" data-rule={schema.oneOf ? 'oneOf' : 'anyOf'}>
      {schema.oneOf ? 'Give exactly one of: ' : 'Give at least one of: '}
      <strong>{groups.join(' · ')}</strong>
    </p>
  );
}

/** The select of a discriminated either-or (auth `type`, OAuth 2.0 `grant`). */
function KindSelect(props: {
  name: string;
  values: unknown[];
  titles: string[];
  value: unknown;
  pointer: string;
  onPick(value: unknown): void;
}) {
  const id = `field-${props.pointer}`;
  return (
    <div class="field" data-field={props.pointer}>
      <label for={id}>
        <span class="field-name">{props.name}</span>
        <span class="required">*</span>
      </label>
      <select
        id={id}
        value={props.value === undefined ? '' : String(props.value)}
        onChange={(event) => props.onPick(props.values[Number(event.currentTarget.selectedIndex) - 1])}
      >
        <option value="">— choose —</option>
        {props.values.map((value, index) => (
          <option key={String(value)} value={String(value)}>
            {props.titles[index]}
          </option>
        ))}
      </select>
      <Messages pointer={props.pointer} />
    </div>
  );
}

const KIND_TITLES: Readonly<Record<string, string>> = {
  apiKey: 'API key (header or query parameter)',
  bearer: 'Bearer token (OAuth 2.0 access token, bearer API key)',
  basic: 'Basic (user name and password)',
  oauth2: 'OAuth 2.0 (the node fetches and refreshes tokens)',
};

/** An object's fields; a discriminated either-or shows a kind select and then the chosen kind's fields. */
export function ObjectFields(props: FieldProps) {
  const { root } = useForm();
  const value = asObject(props.value);
  const branches = alternatives(props.schema);
  const kind = branches ? discriminator(branches, root) : undefined;
  const chosen =
    kind && branches
      ? branches.map((branch) => resolveRef(branch, root))[kind.values.indexOf(value[kind.name])]
      : undefined;
  const shown = chosen
    ? { ...props.schema.properties, ...chosen.properties }
    : (props.schema.properties ?? {});
  const required = new Set([...(props.schema.required ?? []), ...(chosen?.required ?? [])]);
  const fields = Object.entries(shown).filter(([name]) => name !== kind?.name && name !== '$schema');
  const pick = (next: unknown) => {
    const branch = kind && branches ? resolveRef(branches[kind.values.indexOf(next)] ?? {}, root) : undefined;
    const consts = Object.fromEntries(
      Object.entries(branch?.properties ?? {}).flatMap(([name, schema]) =>
        schema.const !== undefined ? [[name, schema.const]] : [],
      ),
    );
    props.onChange(next === undefined ? {} : { ...consts, [kind?.name ?? 'type']: next });
  };
  const body = (
    <>
      {props.schema.description && props.pointer !== '' ? (
        <p class="description">{props.schema.description}</p>
      ) : null}
      <RequirementNote schema={props.schema} />
      <Messages pointer={props.pointer === '' ? '/' : props.pointer} />
      {kind ? (
        <KindSelect
          name={kind.name}
          values={kind.values}
          titles={kind.values.map(
            (item, index) =>
              KIND_TITLES[String(item)] ?? resolveRef(branches?.[index] ?? {}, root).title ?? String(item),
          )}
          value={value[kind.name]}
          pointer={`${props.pointer}/${kind.name}`}
          onPick={pick}
        />
      ) : null}
      {chosen?.description ? <p class="description">{chosen.description}</p> : null}
      {fields.map(([name, schema]) => (
        <Field
          key={name}
          name={name}
          schema={schema}
          value={value[name]}
          pointer={`${props.pointer}/${name}`}
          required={required.has(name)}
          onChange={(next) => props.onChange(withKey(value, name, next))}
        />
      ))}
    </>
  );
  if (props.pointer === '') return body;
  return (
    <fieldset class="object" data-field={props.pointer}>
      <legend>
        {props.name}
        {props.required ? <span class="required">*</span> : null}
      </legend>
      {body}
    </fieldset>
  );
}
