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
/** One level of a discriminated either-or: its name, the value of each kind, the kinds, the one chosen. */
interface KindLevel {
  name: string;
  values: unknown[];
  branches: Schema[];
  chosen: Schema | undefined;
}

/**
 * The kinds chosen so far, level by level (auth `type`, then OAuth 2.0 `grant`), and the fields they add up to.
 */
function chooseKinds(schema: Schema, value: Record<string, unknown>, root: Schema) {
  const levels: KindLevel[] = [];
  let properties = { ...schema.properties };
  const required = new Set(schema.required ?? []);
  for (let level: Schema | undefined = schema; level && levels.length < 4; ) {
    const branches = alternatives(level);
    const kind = branches ? discriminator(branches, root) : undefined;
    if (!branches || !kind) break;
    const resolved = branches.map((branch) => resolveRef(branch, root));
    const chosen = resolved[kind.values.indexOf(value[kind.name])];
    levels.push({ ...kind, branches: resolved, chosen });
    if (chosen) {
      properties = { ...properties, ...chosen.properties };
      for (const name of chosen.required ?? []) required.add(name);
    }
    level = chosen;
  }
  return { levels, properties, required };
}

/** The consts a kind implies (`type: oauth2` for every grant). */
function constsOf(branch: Schema | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(branch?.properties ?? {}).flatMap(([name, schema]) =>
      schema.const !== undefined ? [[name, schema.const]] : [],
    ),
  );
}

/** An object's fields; a discriminated either-or shows a kind select (per level) and then the chosen kind's fields. */
export function ObjectFields(props: FieldProps) {
  const { root } = useForm();
  const value = asObject(props.value);
  const { levels, properties, required } = chooseKinds(props.schema, value, root);
  const kindNames = new Set(levels.map((level) => level.name));
  const fields = Object.entries(properties).filter(([name]) => !kindNames.has(name) && name !== '$schema');
  /** Choosing a kind keeps the kinds above it and starts that kind's fields afresh. */
  const pick = (at: number, next: unknown) => {
    const level = levels[at];
    if (!level) return;
    const kept = Object.fromEntries(levels.slice(0, at).map((above) => [above.name, value[above.name]]));
    const branch = level.branches[level.values.indexOf(next)];
    props.onChange(
      next === undefined && at === 0 ? {} : { ...kept, ...constsOf(branch), [level.name]: next },
    );
  };
  const body = (
    <>
      {props.schema.description && props.pointer !== '' ? (
        <p class="description">{props.schema.description}</p>
      ) : null}
      <RequirementNote schema={props.schema} />
      <Messages pointer={props.pointer === '' ? '/' : props.pointer} />
      {levels.map((level, at) => (
        <div key={level.name}>
          <KindSelect
            name={level.name}
            values={level.values}
            titles={level.values.map(
              (item, index) => KIND_TITLES[String(item)] ?? level.branches[index]?.title ?? String(item),
            )}
            value={value[level.name]}
            pointer={`${props.pointer}/${level.name}`}
            onPick={(next) => pick(at, next)}
          />
          {level.chosen?.description ? <p class="description">{level.chosen.description}</p> : null}
        </div>
      ))}
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
