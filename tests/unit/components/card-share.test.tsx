// @vitest-environment happy-dom
/**
 * "Share as image" on the card in the popup and the side panel: the "More" menu item, the status
 * line in both UI languages, the card and the shown translations handed to the drawing code, and
 * the page's decision between the Web Share API (a file it can share) and a download.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SummaryCard, type SummaryCardProps } from '../../../components/SummaryCard';
import type { ShareOutcome, ShareTarget } from '../../../utils/dossier/share-image';
import { pageShareTarget, shareOrDownload } from '../../../utils/dossier/share-image';
import { menuItem, renderWithI18n } from './render';
import { HI_SUMMARY, settingsWith } from './sample';

const share = vi.hoisted(() => ({ run: vi.fn<(...args: unknown[]) => Promise<ShareOutcome>>() }));
// The drawing code needs a real canvas (the e2e spec draws for real); here its entry point is watched.
vi.mock('../../../utils/share-summary', () => ({ shareSummaryImage: share.run }));

afterEach(() => {
  cleanup();
  share.run.mockReset();
  vi.unstubAllGlobals();
});

function renderCard(over: Partial<SummaryCardProps> = {}, lang: 'hi' | 'en' = 'en') {
  renderWithI18n(
    <SummaryCard
      summary={HI_SUMMARY}
      source="page"
      settings={settingsWith({})}
      onShowInPage={async () => ({ ok: true, method: 'mark' })}
      onRefresh={() => {}}
      onOpenOptions={() => {}}
      writeClipboard={async () => {}}
      {...over}
    />,
    lang,
  );
}

const status = () => screen.getByTestId('copy-status');

test('the item sits in "More", after Copy as text', () => {
  renderCard();
  fireEvent.click(screen.getByTestId('more-actions'));
  const ids = [...document.querySelectorAll('[role="menu"] [role^="menuitem"]')].map((e) => e.getAttribute('data-testid'));
  expect(ids.slice(0, 2)).toEqual(['copy-text', 'share-image']);
  expect(screen.getByTestId('share-image').getAttribute('role')).toBe('menuitem');
});

test.each([
  ['en', 'downloaded', 'Share as image', 'Image saved to your downloads'],
  ['en', 'shared', 'Share as image', 'Image shared'],
  ['hi', 'downloaded', 'छवि के रूप में साझा करें', 'छवि आपके डाउनलोड में सहेजी गई'],
  ['hi', 'shared', 'छवि के रूप में साझा करें', 'छवि साझा की गई'],
] as const)('%s: %s, the status line says so', async (lang, outcome, label, said) => {
  let finish: (o: ShareOutcome) => void = () => {};
  share.run.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
  renderCard({}, lang);
  expect(menuItem('share-image').textContent).toBe(label);
  fireEvent.click(menuItem('share-image'));
  await waitFor(() => expect(share.run).toHaveBeenCalled());
  expect(status().textContent).toBe(lang === 'hi' ? 'छवि बन रही है…' : 'Making the image…');
  finish(outcome);
  await waitFor(() => expect(status().textContent).toBe(said));
  expect(status().classList.contains('error')).toBe(false);
  expect(share.run).toHaveBeenCalledTimes(1);
});

test('a share sheet the reader closed leaves the line empty', async () => {
  share.run.mockResolvedValue('cancelled');
  renderCard();
  fireEvent.click(menuItem('share-image'));
  await waitFor(() => expect(share.run).toHaveBeenCalled());
  await waitFor(() => expect(status().textContent).toBe(''));
});

test.each([
  ['en', "Couldn't make the image: OffscreenCanvas is not defined"],
  ['hi', 'छवि नहीं बन सकी: OffscreenCanvas is not defined'],
] as const)('%s: a failure is said with its reason, as an error, and the card stays', async (lang, said) => {
  share.run.mockRejectedValue(new ReferenceError('OffscreenCanvas is not defined'));
  renderCard({}, lang);
  fireEvent.click(menuItem('share-image'));
  await waitFor(() => expect(status().textContent).toBe(said));
  expect(status().classList.contains('error')).toBe(true);
  expect(screen.getByTestId('overview')).toBeTruthy();
});

test('the card and the translations the reader is shown go to the drawing code, with the UI language', async () => {
  share.run.mockResolvedValue('downloaded');
  const lines = { title: 'India-France ministers meet', '0': 'The ministers met.' };
  const translation = { state: 'done', source: 'on-device', lines } as unknown as SummaryCardProps['translation'];
  renderCard({ translation, ui: { expanded: [], terms: false, translations: true } }, 'hi');
  fireEvent.click(menuItem('share-image'));
  await waitFor(() => expect(share.run).toHaveBeenCalled());
  const [summary, translations, i18n] = share.run.mock.calls[0] as [unknown, unknown, { lang: string }];
  expect(summary).toBe(HI_SUMMARY);
  expect(translations).toEqual(lines);
  expect(i18n.lang).toBe('hi');
  // Hidden translations stay off the image.
  cleanup();
  share.run.mockClear();
  renderCard({ translation, ui: { expanded: [], terms: false, translations: false } });
  fireEvent.click(menuItem('share-image'));
  await waitFor(() => expect(share.run).toHaveBeenCalled());
  expect(share.run.mock.calls[0]?.[1]).toBeUndefined();
});

const png = () => new File([new Uint8Array([137, 80, 78, 71])], 'kootniti-card-2026-12-02.png', { type: 'image/png' });

test('the page shares the file when navigator.canShare({ files }) says yes', async () => {
  const canShare = vi.fn((d: ShareData) => !!d.files?.length);
  const shareFn = vi.fn(async () => {});
  vi.stubGlobal('navigator', { ...navigator, canShare, share: shareFn });
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click');
  expect(await shareOrDownload(png(), 'Title', pageShareTarget())).toBe('shared');
  expect(shareFn).toHaveBeenCalledWith({ files: [expect.any(File)], title: 'Title' });
  expect(clicks).not.toHaveBeenCalled();
  clicks.mockRestore();
});

test.each([
  ['canShare says no to files', { canShare: () => false, share: async () => {} }],
  ['there is no Web Share API (Chromium on Linux)', {}],
] as const)('else it downloads the PNG through a link (%s)', async (_, api) => {
  vi.stubGlobal('navigator', { ...navigator, canShare: undefined, share: undefined, ...api });
  const clicked: { href: string; download: string }[] = [];
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  const target: ShareTarget = pageShareTarget();
  expect(await shareOrDownload(png(), 'Title', target)).toBe('downloaded');
  expect(clicked).toEqual([{ href: expect.stringMatching(/^blob:/), download: 'kootniti-card-2026-12-02.png' }]);
  clicks.mockRestore();
});
