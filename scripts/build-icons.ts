/**
 * Renders the extension's icons from their SVG sources in assets/icon/ with Debian's Chromium
 * (playwright-core, never a downloaded browser) and writes the PNGs under public/icon/:
 *
 *   16, 32, 48, 96, 128.png   the manifest's `icons` and the toolbar button (both browsers)
 *   dark-theme-16/32.png      Firefox only: the toolbar button on dark themes (`theme_icons`)
 *
 *   npm run build:icons               writes the PNGs
 *   npm run build:icons -- --preview  also writes test-results/icons/preview.png: every PNG at
 *                                     1× on Chrome's and Firefox's light and dark toolbar colours,
 *                                     and the toolbar sizes magnified, to look at before committing
 *
 * The same sources and the same Chromium give byte-identical PNGs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from './lib/chromium';

const ROOT = process.cwd();

/** The colours kootniti.svg and kootniti-16.svg are drawn in: tile, glyph, headline. */
const PALETTE = { tile: '#2f45a8', glyph: '#ffffff', headline: '#ffb43a' } as const;
/** Firefox dark themes: a pale tile, so the button is not a dark hole in a dark toolbar. */
const DARK_THEME: Record<keyof typeof PALETTE, string> = { tile: '#dfe5ff', glyph: '#24368c', headline: '#c76a00' };

/** One PNG to write. */
interface IconSpec {
  /** Path under public/. */
  file: string;
  size: number;
  /** SVG under assets/icon/. */
  source: 'kootniti.svg' | 'kootniti-16.svg';
  /** Transparent margin on each side, in pixels. */
  padding: number;
  palette: 'default' | 'dark-theme';
}

/**
 * What is rendered. The toolbar sizes (16, 32) fill their square; 48 and 96 (extension pages,
 * Firefox's add-ons manager) keep a small margin; 128 follows the Chrome Web Store's 96 px
 * artwork in a 128 px square.
 */
const ICONS: readonly IconSpec[] = [
  { file: 'icon/16.png', size: 16, source: 'kootniti-16.svg', padding: 0, palette: 'default' },
  { file: 'icon/32.png', size: 32, source: 'kootniti.svg', padding: 0, palette: 'default' },
  { file: 'icon/48.png', size: 48, source: 'kootniti.svg', padding: 2, palette: 'default' },
  { file: 'icon/96.png', size: 96, source: 'kootniti.svg', padding: 4, palette: 'default' },
  { file: 'icon/128.png', size: 128, source: 'kootniti.svg', padding: 16, palette: 'default' },
  { file: 'icon/dark-theme-16.png', size: 16, source: 'kootniti-16.svg', padding: 0, palette: 'dark-theme' },
  { file: 'icon/dark-theme-32.png', size: 32, source: 'kootniti.svg', padding: 0, palette: 'dark-theme' },
];

/** The SVG text of a source in a palette; throws if the source no longer uses the palette's colours. */
function svgFor(source: IconSpec['source'], palette: IconSpec['palette']): string {
  let svg = readFileSync(resolve(ROOT, 'assets/icon', source), 'utf8');
  if (palette === 'default') return svg;
  for (const key of Object.keys(PALETTE) as (keyof typeof PALETTE)[]) {
    if (!svg.includes(PALETTE[key])) throw new Error(`${source} no longer uses ${PALETTE[key]} (${key}): update PALETTE in scripts/build-icons.ts`);
    svg = svg.replaceAll(PALETTE[key], DARK_THEME[key]);
  }
  return svg;
}

async function render(page: Page, spec: IconSpec): Promise<Buffer> {
  const { size, padding } = spec;
  const art = size - 2 * padding;
  const src = `data:image/svg+xml;base64,${Buffer.from(svgFor(spec.source, spec.palette)).toString('base64')}`;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html style="background:transparent"><body style="margin:0">` +
      `<img src="${src}" width="${art}" height="${art}" style="position:absolute;left:${padding}px;top:${padding}px"></body></html>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** Toolbar colours to judge the icons on: Chrome's and Firefox's default light and dark. */
const TOOLBARS = [
  { name: 'Chrome light', bg: '#ffffff' },
  { name: 'Chrome dark', bg: '#3c3c3c' },
  { name: 'Firefox light', bg: '#f9f9fb' },
  { name: 'Firefox dark', bg: '#2b2a33' },
];

function previewHtml(files: Map<string, Buffer>): string {
  const url = (file: string) => `data:image/png;base64,${files.get(file)?.toString('base64') ?? ''}`;
  const rows = TOOLBARS.map(({ name, bg }) => {
    const themed = name === 'Firefox dark';
    const at1x = ICONS.filter((i) => i.palette === 'default' || themed)
      .map((i) => `<img src="${url(i.file)}" width="${i.size}" height="${i.size}" title="${i.file}">`)
      .join('');
    const toolbar = themed ? ['icon/dark-theme-16.png', 'icon/dark-theme-32.png'] : ['icon/16.png', 'icon/32.png'];
    const zoomed = toolbar.map((f) => `<img src="${url(f)}" width="128" height="128" style="image-rendering:pixelated">`).join('');
    return `<div class="row" style="background:${bg};color:${name.includes('dark') ? '#eee' : '#222'}"><span>${name}</span>${at1x}${zoomed}</div>`;
  });
  return `<!doctype html><style>body{margin:0;font:13px system-ui;width:max-content} .row{display:flex;align-items:center;gap:14px;padding:10px 14px} span{width:7rem;flex:none} img{flex:none}</style>${rows.join('')}`;
}

async function main(): Promise<void> {
  const preview = process.argv.includes('--preview');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const written = new Map<string, Buffer>();
    for (const spec of ICONS) {
      const png = await render(page, spec);
      const path = resolve(ROOT, 'public', spec.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, png);
      written.set(spec.file, png);
      console.log(`public/${spec.file}  ${spec.size}×${spec.size}  ${png.length} bytes`);
    }
    if (preview) {
      const out = resolve(ROOT, 'test-results/icons/preview.png');
      mkdirSync(dirname(out), { recursive: true });
      await page.setViewportSize({ width: 720, height: 200 });
      await page.setContent(previewHtml(written));
      await page.screenshot({ path: out, fullPage: true });
      console.log(`preview: ${out}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
