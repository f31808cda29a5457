import { useEffect, type RefObject } from 'react';

/**
 * A pre-rendered text box takes keys before the app has hydrated it: the characters stay on screen, but
 * React never saw them, so nothing would search or filter. Once hydrated, take them up as if just typed.
 */
export function useEarlyInput(box: RefObject<HTMLInputElement | null>, value: string, onInput: (value: string) => void): void {
  useEffect(() => {
    const early = box.current?.value ?? '';
    if (early !== value) onInput(early);
    // Once, on the first render in the browser: later keys reach onChange as usual.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
