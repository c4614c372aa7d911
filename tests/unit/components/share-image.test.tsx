// @vitest-environment happy-dom
/** Share as image: the Web Share API where it can share files, else a download; the button says what happened, in either UI language. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { ShareButton } from '../../../components/dossier/ShareButton';
import { type ShareTarget, shareOrDownload } from '../../../utils/dossier/share-image';
import { renderWithI18n } from './render';

afterEach(cleanup);

const png = () => new File([new Uint8Array([137, 80, 78, 71])], 'card.png', { type: 'image/png' });
const target = (over: Partial<ShareTarget>) => {
  const download = vi.fn((_file: File) => {});
  return { ...over, download } satisfies ShareTarget;
};

test('shares the file where the browser can share files', async () => {
  const t = target({ canShare: (d) => !!d.files?.length, share: vi.fn(async () => {}) });
  expect(await shareOrDownload(png(), 'Title', t)).toBe('shared');
  expect(t.share).toHaveBeenCalledWith({ files: [expect.any(File)], title: 'Title' });
  expect(t.download).not.toHaveBeenCalled();
});

test.each([
  ['no Web Share API at all', {}],
  ['share but not of files', { canShare: () => false, share: vi.fn(async () => {}) }],
  [
    'canShare throws',
    {
      canShare: () => {
        throw new TypeError('bad');
      },
      share: vi.fn(async () => {}),
    },
  ],
  [
    'a refused share (no user activation left)',
    {
      canShare: () => true,
      share: async () => {
        throw new DOMException('no activation', 'NotAllowedError');
      },
    },
  ],
])('downloads when there is %s', async (_, over) => {
  const t = target(over as Partial<ShareTarget>);
  expect(await shareOrDownload(png(), 'Title', t)).toBe('downloaded');
  expect(t.download).toHaveBeenCalledTimes(1);
  expect(t.download.mock.calls[0]?.[0]).toBeInstanceOf(File);
});

test('a share sheet the reader closed downloads nothing', async () => {
  const t = target({
    canShare: () => true,
    share: async () => {
      throw new DOMException('closed', 'AbortError');
    },
  });
  expect(await shareOrDownload(png(), 'Title', t)).toBe('cancelled');
  expect(t.download).not.toHaveBeenCalled();
});

test.each([
  ['en', 'downloaded', 'Share as image', 'Image saved to your downloads (1080 px wide, for messaging apps).'],
  ['hi', 'shared', 'छवि के रूप में साझा करें', 'छवि साझा की गई।'],
] as const)('%s: the button and what it says when %s', async (lang, outcome, label, said) => {
  const onShare = vi.fn(async () => outcome);
  renderWithI18n(<ShareButton onShare={onShare} />, lang);
  const button = screen.getByTestId('share-image');
  expect(button.textContent).toBe(label);
  fireEvent.click(button);
  await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe(said));
  expect(onShare).toHaveBeenCalledTimes(1);
});

test('a failure is said with its reason, in Hindi too', async () => {
  renderWithI18n(
    <ShareButton
      onShare={async () => {
        throw new Error('कैनवास नहीं');
      }}
    />,
    'hi',
  );
  fireEvent.click(screen.getByTestId('share-image'));
  await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe('छवि नहीं बन सकी: कैनवास नहीं'));
  expect(screen.getByTestId('share-status').className).toBe('error');
});
