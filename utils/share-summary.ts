/**
 * "Share as image" on the card in the popup or the side panel: the card on screen, with the
 * reader's translations, drawn by the dossier's code (utils/dossier/share-image.ts) and shared or
 * downloaded. The card loads this module on the first click (its own chunk, not the popup's start).
 */
import type { I18nValue } from '../components/i18n';
import { formatDate } from '../components/lib/formatDate';
import { topicColor } from '../components/lib/topicColors';
import type { Summary } from '../engine/summary/types';
import { type ShareOutcome, type ShareTarget, pageShareTarget, shareCardImage } from './dossier/share-image';

/** Makes the card's PNG (as a card saved now) and shares or downloads it. */
export function shareSummaryImage(
  summary: Summary,
  translations: Record<string, string> | undefined,
  { t, lang }: I18nValue,
  target: ShareTarget = pageShareTarget(),
): Promise<ShareOutcome> {
  const now = Date.now();
  const card = {
    v: 1 as const,
    url: summary.url ?? '',
    savedAt: now,
    summary,
    ...(translations && Object.keys(translations).length ? { translations: { lines: translations, source: '' } } : {}),
  };
  const ui = {
    lang,
    // The article's date, else the day it was read.
    date: formatDate(summary.publishedTime, lang) ?? formatDate(new Date(now).toISOString(), lang),
    overviewHeading: t('dossier.share.overview'),
    brand: 'Kootniti · कूटनीति',
    footer: t('dossier.share.footer'),
    color: topicColor,
  };
  return shareCardImage(card, ui, target);
}
