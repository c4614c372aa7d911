/**
 * The built manifests declare the icons, and every icon they name is in the build at its size:
 * `icons` and the toolbar button in both browsers, Firefox's dark-theme icons in its build alone.
 * Builds both targets with WXT's JS API into a scratch folder, in a child process (WXT keeps
 * global state, and this process already runs WXT's vitest plugin).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

type Manifest = Record<string, unknown> & { icons?: Record<string, string> };
interface Action {
  default_icon?: Record<string, string>;
  theme_icons?: { light: string; dark: string; size: number }[];
  default_area?: string;
}

const SIZES = ['16', '32', '48', '96', '128'];
const BUILD = `import { build } from 'wxt'; await build({ browser: process.argv[1], outDir: process.argv[2], mode: 'production' });`;

let outDir = '';
const built: Record<'chrome' | 'firefox', { dir: string; manifest: Manifest }> = {} as never;

/** Width and height from a PNG's IHDR chunk; throws if the file is not a PNG. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'kootniti-manifest-'));
  for (const [browser, folder] of [
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ] as const) {
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', BUILD, browser, outDir], { cwd: process.cwd() });
    const dir = join(outDir, folder);
    built[browser] = { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest };
  }
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.each(['chrome', 'firefox'] as const)('the %s build', (browser) => {
  const action = () => (built[browser].manifest[browser === 'chrome' ? 'action' : 'browser_action'] ?? {}) as Action;

  test('declares the icons at 16, 32, 48, 96 and 128 px, each a PNG of its size', () => {
    const { icons } = built[browser].manifest;
    expect(Object.keys(icons ?? {})).toEqual(SIZES);
    for (const size of SIZES) {
      expect(icons?.[size]).toBe(`icon/${size}.png`);
      expect(pngSize(join(built[browser].dir, `icon/${size}.png`))).toEqual([Number(size), Number(size)]);
    }
  });

  test('the toolbar button has its own icons, not the browser placeholder', () => {
    expect(action().default_icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
  });
});

describe('theme icons', () => {
  test('Firefox: a pale variant for dark themes (`light`), the usual icon for light themes (`dark`)', () => {
    const action = built.firefox.manifest.browser_action as Action;
    expect(action.theme_icons).toEqual([
      { light: 'icon/dark-theme-16.png', dark: 'icon/16.png', size: 16 },
      { light: 'icon/dark-theme-32.png', dark: 'icon/32.png', size: 32 },
    ]);
    for (const { light, size } of action.theme_icons ?? []) expect(pngSize(join(built.firefox.dir, light))).toEqual([size, size]);
    // Placed on the toolbar, not in the Extensions menu, so the welcome page's "it is on the toolbar" holds.
    expect(action.default_area).toBe('navbar');
  });

  test('Chrome: no theme_icons, and the Firefox-only PNGs are not shipped', () => {
    expect((built.chrome.manifest.action as Action).theme_icons).toBeUndefined();
    expect(existsSync(join(built.chrome.dir, 'icon/dark-theme-16.png'))).toBe(false);
    expect(existsSync(join(built.chrome.dir, 'icon/dark-theme-32.png'))).toBe(false);
  });
});
