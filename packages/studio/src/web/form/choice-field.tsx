import { Field, FieldFrame, type FieldProps } from './field.js';
import { useForm } from './form-context.js';
import { fitsType, resolveRef, type Schema } from './schema.js';

function branchTitle(branch: Schema, index: number): string {
  if (branch.title) return branch.title;
  if (branch.enum) return `${branch.type ?? 'value'}: ${branch.enum.join(' / ')}`;
  if (branch.type) return String(branch.type);
  return `option ${index + 1}`;
}

/** A value that may take one of several shapes (`off_session`: true, or one_off / recurring): pick the shape, then fill it. */
export function ChoiceField(props: FieldProps & { branches: Schema[] }) {
  const { root } = useForm();
  const branches = props.branches.map((branch) => resolveRef(branch, root));
  const current =
    props.value === undefined ? -1 : branches.findIndex((branch) => fitsType(props.value, branch));
  const id = `field-${props.pointer}`;
  return (
    <FieldFrame
      name={props.name}
      schema={props.schema}
      pointer={props.pointer}
      required={props.required}
      id={id}
    >
      <select
        id={id}
        class="either-or-select"
        value={String(current)}
        onChange={(event) => {
          const index = Number(event.currentTarget.value);
          const branch = branches[index];
          props.onChange(
            branch === undefined
              ? undefined
              : (branch.enum?.[0] ?? (branch.type === 'boolean' ? true : undefined)),
          );
        }}
      >
        <option value="-1">— not set —</option>
        {branches.map((branch, index) => (
          <option key={branchTitle(branch, index)} value={String(index)}>
            {branchTitle(branch, index)}
          </option>
        ))}
      </select>
      {current >= 0 && branches[current] ? (
        <div class="nested">
          <Field
            name={`${props.name} (${branchTitle(branches[current], current)})`}
            schema={{ ...branches[current], description: branches[current].description ?? '' }}
            value={props.value}
            pointer={props.pointer}
            required={false}
            onChange={props.onChange}
          />
        </div>
      ) : null}
    </FieldFrame>
  );
}
