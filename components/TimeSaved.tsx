/** "About 4 min of reading saved". */
import { useI18n } from './i18n';

/** Renders the minutes saved, rounded; under a minute says so. */
export function TimeSaved({ minutes }: { minutes: number }) {
  const { t } = useI18n();
  const text = minutes < 1 ? t('popup.timeSavedUnderMinute') : t('popup.timeSaved', { minutes: Math.round(minutes) });
  return (
    <span class="time-saved" data-testid="time-saved">
      {text}
    </span>
  );
}
