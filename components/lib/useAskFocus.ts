/**
 * Focus for a button that asks before it acts (reset the settings, delete a card): while the
 * question is shown the focus is on `answer` (the button the question offers first), and when
 * the question goes away it returns to `opener`, the button that asked. Never on first render.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useAskFocus(asking: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const answer = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) answer.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return { opener, answer };
}
