/** Renders the summary card with its sample summary and settings, and reads its sections back. */
import { screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/SummaryCard';
import type { ShowInPageResult } from '../../../utils/protocol';
import type { Settings } from '../../../utils/settings/schema';
import { renderWithI18n } from './render';
import { HI_SUMMARY, settingsWith } from './sample';

/** Renders the card (the Hindi sample unless `over` says otherwise) and returns its props, mocks included. */
export function renderCard(over: Partial<SummaryCardProps> = {}, settings: Partial<Settings> = {}, lang: 'hi' | 'en' = 'en') {
  const props: SummaryCardProps = {
    summary: HI_SUMMARY,
    source: 'page',
    settings: settingsWith(settings),
    onShowInPage: vi.fn(async (): Promise<ShowInPageResult> => ({ ok: true, method: 'highlight-api' })),
    onRefresh: vi.fn(),
    onOpenOptions: vi.fn(),
    writeClipboard: vi.fn(async () => {}),
    onUiChange: vi.fn(),
    ...over,
  };
  renderWithI18n(<SummaryCard {...props} />, lang);
  return props;
}

/** The topics of the sections shown, in order. */
export const topics = () => screen.queryAllByTestId('section').map((s) => s.dataset.topic);
/** The section of `topic`. */
export const section = (topic: string) => screen.getAllByTestId('section').find((s) => s.dataset.topic === topic)!;
/** The text of `topic`'s section heading. */
export const heading = (topic: string) => section(topic).querySelector('[data-testid="section-heading"]')!.textContent;
/** The sentence indices of the elements with `testId`, in order. */
export const indices = (testId: string) => screen.queryAllByTestId(testId).map((l) => l.dataset.index);
