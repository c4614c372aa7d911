/** A `{ hi, en }` pair, primary first, each part tagged with its `lang`: "Defence · रक्षा". */
import type { Lang } from '../engine/types';
import { inOrder } from './lib/languages';

/** Props: the pair, which language leads, and the separator between them. */
export interface BilingualTextProps {
  pair: { hi: string; en: string };
  primary: Lang;
  separator?: string;
}

/** Renders "primary · secondary" (the secondary dimmed), or one part when both are the same. */
export function BilingualText({ pair, primary, separator = ' · ' }: BilingualTextProps) {
  const [first, second] = inOrder(pair, primary);
  if (!second.text || second.text === first.text) return <span lang={first.lang}>{first.text}</span>;
  return (
    <>
      <span lang={first.lang}>{first.text}</span>
      {separator}
      <span lang={second.lang} class="secondary">
        {second.text}
      </span>
    </>
  );
}
