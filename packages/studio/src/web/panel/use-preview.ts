import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NodeChoice, Preview, Target } from '../../protocol.js';
import { preview as fetchPreview } from '../api.js';

/**
 * The server's preview of a node, asked again (after a 200 ms pause, the previous question cancelled) whenever the
 * form or the target changes; its issues and the page's own (text that is not JSON yet) by JSON pointer.
 */
export function usePreview(
  choice: NodeChoice,
  target: Target,
  localErrors: Readonly<Record<string, string>>,
) {
  const [preview, setPreview] = useState<Preview | undefined>();
  const [pending, setPending] = useState(true);
  useEffect(() => {
    setPending(true);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchPreview(choice, target, controller.signal).then(
        (next) => {
          setPreview(next);
          setPending(false);
        },
        (error: Error) => {
          if (error.name === 'AbortError') return;
          setPreview({ ok: false, issues: [{ pointer: '', message: error.message }], warnings: [] });
          setPending(false);
        },
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [choice, target]);
  const issues = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const issue of preview?.issues ?? []) {
      const pointer = issue.pointer === '' ? '/' : issue.pointer;
      map.set(pointer, [...(map.get(pointer) ?? []), issue.message]);
    }
    for (const [pointer, message] of Object.entries(localErrors))
      map.set(pointer, [...(map.get(pointer) ?? []), message]);
    return map;
  }, [preview, localErrors]);
  return { preview, pending, issues };
}
