/** Which language leads on the card, and bilingual pairs in that order. Pure. */
import type { PrimaryLanguage } from '../../utils/settings/schema';
import type { Lang } from '../../engine/types';

/** Each language's name in its own script, for the badge. */
export const LANGUAGE_NAMES: Record<Lang, string> = { hi: 'हिन्दी', en: 'English' };

/** The other of the two languages. */
export function otherLang(lang: Lang): Lang {
  return lang === 'hi' ? 'en' : 'hi';
}

/** The leading language: the setting ('article' = the summary's own), flipped when swapped. */
export function primaryLang(setting: PrimaryLanguage, articleLang: Lang, swapped = false): Lang {
  const base = setting === 'article' ? articleLang : setting;
  return swapped ? otherLang(base) : base;
}

/** One piece of text and its language. */
export interface LangText {
  lang: Lang;
  text: string;
}

/** A `{ hi, en }` pair as two texts, primary first. */
export function inOrder(pair: { hi: string; en: string }, primary: Lang): [LangText, LangText] {
  const second = otherLang(primary);
  return [
    { lang: primary, text: pair[primary] },
    { lang: second, text: pair[second] },
  ];
}
