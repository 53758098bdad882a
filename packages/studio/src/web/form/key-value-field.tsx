import { FieldFrame, type FieldProps, Messages } from './field.js';

/** A map of names to texts (headers, query, metadata): one row per entry, add and remove. */
export function KeyValueField(props: FieldProps) {
  const entries =
    props.value !== null && typeof props.value === 'object' && !Array.isArray(props.value)
      ? Object.entries(props.value as Record<string, unknown>)
      : [];
  const update = (next: Array<[string, unknown]>) =>
    props.onChange(next.length === 0 ? undefined : Object.fromEntries(next));
  return (
    <FieldFrame name={props.name} schema={props.schema} pointer={props.pointer} required={props.required}>
      <div class="key-values">
        {entries.map(([key, item], index) => (
          <div class="key-value" key={index}>
            <input
              type="text"
              aria-label={`${props.name} name ${index + 1}`}
              value={key}
              onInput={(event) =>
                update(
                  entries.map((entry, at) => (at === index ? [event.currentTarget.value, entry[1]] : entry)),
                )
              }
            />
            <input
              type="text"
              aria-label={`${props.name} value ${index + 1}`}
              value={typeof item === 'string' ? item : JSON.stringify(item)}
              onInput={(event) =>
                update(
                  entries.map((entry, at) => (at === index ? [entry[0], event.currentTarget.value] : entry)),
                )
              }
            />
            <button
              type="button"
              class="small"
              onClick={() => update(entries.filter((_, at) => at !== index))}
            >
              remove
            </button>
            <Messages pointer={`${props.pointer}/${key}`} />
          </div>
        ))}
        <button
          type="button"
          class="small"
          onClick={() => update([...entries, [`name${entries.length + 1}`, '']])}
        >
          add {props.name} entry
        </button>
      </div>
    </FieldFrame>
  );
}
