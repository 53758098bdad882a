import { useState } from 'preact/hooks';

/** Copies a text to the clipboard (the page is a secure context on 127.0.0.1) and says so. */
export function CopyButton(props: { label: string; text: string | undefined; id: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      id={props.id}
      disabled={props.text === undefined}
      onClick={() => {
        if (props.text === undefined) return;
        void navigator.clipboard?.writeText(props.text).then(() => {
          setDone(true);
          setTimeout(() => setDone(false), 1500);
        });
      }}
    >
      {done ? 'copied' : props.label}
    </button>
  );
}
