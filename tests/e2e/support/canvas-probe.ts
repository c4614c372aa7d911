/**
 * For the share-image spec: a probe on the page's OffscreenCanvas text drawing (every fillText
 * call recorded, and optionally not drawn, which gives the same card without its text), and a PNG
 * decoded by the page's own image decoder into per-row pixel counts.
 */
import type { Page } from 'playwright-core';

/** One recorded fillText call, with the ink box the canvas measured for it (pixels, on the canvas). */
export interface DrawnText {
  text: string;
  x: number;
  y: number;
  font: string;
  box: { left: number; right: number; top: number; bottom: number };
}

type ProbeScope = { __drawn: DrawnText[]; __skipText: boolean };

/**
 * Wraps OffscreenCanvasRenderingContext2D.prototype.fillText where it runs (once). Self-contained,
 * so it runs through `page.evaluate` and, as `(${installProbe})()`, through the action popup's CDP.
 */
export function installProbe(): void {
  const scope = window as unknown as ProbeScope & { __probe?: true };
  if (scope.__probe) return;
  scope.__probe = true;
  scope.__drawn = [];
  scope.__skipText = false;
  const proto = OffscreenCanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  proto.fillText = function (this: OffscreenCanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    const m = this.measureText(text);
    const box = {
      left: x - m.actualBoundingBoxLeft,
      right: x + m.actualBoundingBoxRight,
      top: y - m.actualBoundingBoxAscent,
      bottom: y + m.actualBoundingBoxDescent,
    };
    scope.__drawn.push({ text, x, y, font: this.font, box });
    if (scope.__skipText) return;
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
}

/** Wraps OffscreenCanvasRenderingContext2D.prototype.fillText in the page (once). */
export async function installCanvasProbe(page: Page): Promise<void> {
  await page.evaluate(installProbe);
}

/** Starts a new recording; `skipText` draws everything but the text. */
export async function resetProbe(page: Page, skipText: boolean): Promise<void> {
  await page.evaluate((skip) => {
    const scope = window as unknown as ProbeScope;
    scope.__drawn = [];
    scope.__skipText = skip;
  }, skipText);
}

/** The fillText calls since the last reset. */
export function drawnTexts(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => (window as unknown as ProbeScope).__drawn);
}

/** A decoded PNG: its size, and per row the pixels that are not the background (the top-left pixel). */
export interface DecodedPng {
  width: number;
  height: number;
  inkPerRow: number[];
  /** The RGBA bytes, base64. */
  rgba: string;
}

/** Decodes PNG bytes with the page's createImageBitmap. */
export function decodePng(page: Page, png: Buffer): Promise<DecodedPng> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const inkPerRow: number[] = [];
    for (let y = 0; y < bitmap.height; y++) {
      let ink = 0;
      for (let x = 0; x < bitmap.width; x++) {
        const i = (y * bitmap.width + x) * 4;
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) ink++;
      }
      inkPerRow.push(ink);
    }
    let bin = '';
    for (let i = 0; i < data.length; i += 0x8000) bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, inkPerRow, rgba: btoa(bin) };
  }, png.toString('base64'));
}

/** The width and height a PNG's IHDR chunk declares (bytes 16–23), after checking its signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The index of the first of the drawn lines that join (with spaces) to `want`, or -1. */
export function runOf(drawn: readonly DrawnText[], want: string): { at: number; n: number } {
  for (let i = 0; i < drawn.length; i++) {
    let joined = '';
    for (let j = i; j < drawn.length; j++) {
      joined = joined ? `${joined} ${drawn[j]!.text}` : drawn[j]!.text;
      if (joined === want) return { at: i, n: j - i + 1 };
      if (!want.startsWith(joined)) break;
    }
  }
  return { at: -1, n: 0 };
}

/** White space folded, as the layout wraps text. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
