import { useEffect, type RefObject } from 'react';
import { useEditor } from '../store/index.ts';
import { selectFocus } from '../store/selectors.ts';

/** Focus this element when someone (a check item, a command) asks for `target`. */
export function useFocusTarget(target: string, ref: RefObject<HTMLElement | null>): void {
  const focus = useEditor(selectFocus);
  useEffect(() => {
    if (focus?.target !== target || !ref.current) return;
    ref.current.focus();
    ref.current.scrollIntoView({ block: 'nearest' });
    useEditor.getState().clearFocus();
  }, [focus, target, ref]);
}
