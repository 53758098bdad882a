import { FieldFrame, type FieldProps, Messages } from './field.js';
import { type Schema, typeOf } from './schema.js';

/** A list of texts or numbers: one input per item, add and remove. */
export function ListField(props: FieldProps & { items: Schema }) {
  const list = Array.isArray(props.value) ? props.value : [];
  const numeric = typeOf(props.items) !== 'string';
  const update = (next: unknown[]) => props.onChange(next.length === 0 ? undefined : next);
  return (
    <FieldFrame name={props.name} schema={props.schema} pointer={props.pointer} required={props.required}>
      <div class="list">
        {list.map((item, index) => (
          <div class="list-item" key={index}>
            <input
              type="text"
              aria-label={`${props.name} ${index + 1}`}
              value={String(item ?? '')}
              onInput={(event) => {
                const text = event.currentTarget.value;
                const copy = [...list];
                copy[index] = numeric && text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
                update(copy);
              }}
            />
            <button type="button" class="small" onClick={() => update(list.filter((_, at) => at !== index))}>
              remove
            </button>
            <Messages pointer={`${props.pointer}/${index}`} />
          </div>
        ))}
        <button type="button" class="small" onClick={() => update([...list, numeric ? 0 : ''])}>
          add {props.name} item
        </button>
      </div>
    </FieldFrame>
  );
}
