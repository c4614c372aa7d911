/** The key terms a line mentions, found by their article-language form. Pure. */
import { normalizeForMatch } from '../../utils/text/normalize';
import type { KeyTerm, Lang } from '../../utils/types';

/** The terms whose `lang` form occurs in `text` (normalised: nukta, nasal, case), in list order. */
export function termsInLine(text: string, terms: readonly KeyTerm[], lang: Lang): KeyTerm[] {
  const line = normalizeForMatch(text);
  return terms.filter((k) => {
    const form = normalizeForMatch(k[lang]).trim();
    return form.length > 0 && line.includes(form);
  });
}
