import { useEffect, useState } from 'preact/hooks';
import { FieldFrame, type FieldProps } from './field.js';
import { useForm } from './form-context.js';

function show(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Any JSON value (a body, a list of rows): a text area, checked as JSON as it is typed. */
export function JsonField(props: FieldProps) {
  const { setLocalError } = useForm();
  const [text, setText] = useState(show(props.value));
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    // A new value from outside (another operation chosen): show it, unless it is what the text already says.
    try {
      if (
        text.trim() === ''
          ? props.value !== undefined
          : JSON.stringify(JSON.parse(text)) !== JSON.stringify(props.value)
      )
        setText(show(props.value));
    } catch {
      /* the text is being typed; keep it */
    }
  }, [props.value]);
  useEffect(() => () => setLocalError(props.pointer, undefined), []);
  const id = `field-${props.pointer}`;
  return (
    <FieldFrame
      name={props.name}
      schema={props.schema}
      pointer={props.pointer}
      required={props.required}
      id={id}
    >
      <textarea
        id={id}
        class="json"
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        value={text}
        spellcheck={false}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          if (next.trim() === '') {
            setProblem(undefined);
            setLocalError(props.pointer, undefined);
            props.onChange(undefined);
            return;
          }
          try {
            const parsed: unknown = JSON.parse(next);
            setProblem(undefined);
            setLocalError(props.pointer, undefined);
            props.onChange(parsed);
          } catch {
            const message = 'is not valid JSON yet';
            setProblem(message);
            setLocalError(props.pointer, message);
          }
        }}
      />
      {problem ? (
        <ul class="field-errors" role="alert">
          <li>{problem}</li>
        </ul>
      ) : null}
    </FieldFrame>
  );
}
