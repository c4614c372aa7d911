/**
 * A saved card as a PNG: laid out by engine/dossier/share-card.ts with widths measured on an
 * OffscreenCanvas, drawn on one, then handed to the Web Share API where the browser can share
 * files, else downloaded. The dossier page loads this module only when a reader asks for an image.
 */
import type { SavedCard } from '../../engine/dossier/record';
import { layoutShareCard, type ShareLayout, shareContentOf, type ShareUi } from '../../engine/dossier/share-card';
import type { Measure } from '../../engine/dossier/wrap-text';

/** What became of the image: shared, downloaded, or the reader closed the share sheet. */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** A 2D context on an OffscreenCanvas; throws when the browser has none. */
function context(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas here.');
  return ctx;
}

/** Widths as the canvas will draw them. */
export function canvasMeasure(): Measure {
  const ctx = context(new OffscreenCanvas(1, 1));
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Draws a layout and encodes it as PNG. */
export async function drawLayout(layout: ShareLayout): Promise<Blob> {
  const canvas = new OffscreenCanvas(layout.width, layout.height);
  const ctx = context(canvas);
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const item of layout.items) {
    ctx.fillStyle = item.color;
    if (item.kind === 'rect') ctx.fillRect(item.x, item.y, item.w, item.h);
    else {
      ctx.font = item.font;
      // The line box is 1.4 em; the glyphs sit in its middle.
      ctx.fillText(item.text, item.x, item.y + (item.lineHeight - Number.parseFloat(item.font.split(' ')[1] ?? '0')) / 2);
    }
  }
  return canvas.convertToBlob({ type: 'image/png' });
}

/** The card's image and the layout it was drawn from. */
export async function cardImage(card: SavedCard, ui: ShareUi): Promise<{ blob: Blob; layout: ShareLayout }> {
  const layout = layoutShareCard(shareContentOf(card, ui), canvasMeasure());
  return { blob: await drawLayout(layout), layout };
}

/** The browser's share and download, as this module uses them (tests pass fakes). */
export interface ShareTarget {
  canShare?: (data: ShareData) => boolean;
  share?: (data: ShareData) => Promise<void>;
  download: (file: File) => void;
}

/**
 * Shares the file where the browser can share files; else downloads it. A closed share sheet
 * (AbortError) is the reader's choice: nothing more happens. A refused share (no user activation
 * left after drawing, a policy) falls back to the download.
 */
export async function shareOrDownload(file: File, title: string, target: ShareTarget): Promise<ShareOutcome> {
  const data: ShareData = { files: [file], title };
  let canShare = false;
  try {
    canShare = !!target.share && !!target.canShare?.(data);
  } catch {
    canShare = false;
  }
  if (canShare && target.share) {
    try {
      await target.share(data);
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    }
  }
  target.download(file);
  return 'downloaded';
}

/** The page's own share target: navigator.share, and a download through a link. */
export function pageShareTarget(): ShareTarget {
  return {
    canShare: navigator.canShare?.bind(navigator),
    share: navigator.share?.bind(navigator),
    download: (file) => {
      const url = URL.createObjectURL(file);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}

/** Makes the card's PNG and shares or downloads it. */
export async function shareCardImage(card: SavedCard, ui: ShareUi, target: ShareTarget = pageShareTarget()): Promise<ShareOutcome> {
  const { blob } = await cardImage(card, ui);
  const day = new Date(card.savedAt).toISOString().slice(0, 10);
  const file = new File([blob], `kootniti-card-${day}.png`, { type: 'image/png' });
  return shareOrDownload(file, card.summary.title, target);
}
