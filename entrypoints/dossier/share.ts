/** The dossier page's "Share as image": reads the full card, then loads the drawing code (its own chunk) and runs it. */
import type { I18nValue } from '../../components/i18n';
import { formatDate } from '../../components/lib/formatDate';
import { topicColor } from '../../components/lib/topicColors';
import type { ShareOutcome } from '../../utils/dossier/share-image';
import { getCards } from '../../utils/dossier/read';

/** `shareCard` for the page's api, in the UI's language. */
export function shareCardWith({ t, lang }: I18nValue): (url: string) => Promise<ShareOutcome> {
  return async (url) => {
    const [{ cards }, { shareCardImage }] = await Promise.all([getCards([url], () => {}), import('../../utils/dossier/share-image')]);
    const card = cards[0];
    if (!card) throw new Error(t('dossier.share.missing'));
    const date = formatDate(card.summary.publishedTime, lang) ?? formatDate(new Date(card.savedAt).toISOString(), lang);
    return shareCardImage(card, {
      lang,
      date,
      overviewHeading: t('dossier.share.overview'),
      brand: 'Kootniti · कूटनीति',
      footer: t('dossier.share.footer'),
      color: topicColor,
    });
  };
}
