/** The shipped manifest asks for no more than it needs; the e2e builds alone add 127.0.0.1 (and, in Firefox, web-accessible pages). */
import { expect, test } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;
const manifest = config.manifest as unknown as ManifestFn;

test.each([
  ['chrome', 3, '_execute_action'],
  ['firefox', 2, '_execute_browser_action'],
] as const)('%s MV%s: four permissions, no hosts (model origins optional), the shortcut opens the card', (browser, manifestVersion, command) => {
  const m = manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
  expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage']);
  expect(m.host_permissions).toBeUndefined();
  // The model endpoint's origin is optional: asked for at run time, one origin at a time.
  const optional = manifestVersion === 2 ? m.optional_permissions : m.optional_host_permissions;
  expect(optional).toEqual(['https://*/*', 'http://*/*']);
  expect(Object.keys(m.commands as object)).toEqual([command]);
  expect(m.web_accessible_resources).toBeUndefined();
});

test.each([
  ['chrome', 3],
  ['firefox', 2],
] as const)('only the e2e build may read 127.0.0.1 pages (%s)', (browser, manifestVersion) => {
  const m = manifest({ browser, manifestVersion, mode: 'e2e', command: 'build' });
  expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
});

test('only the Firefox e2e build lets 127.0.0.1 pages open the card and the options page', () => {
  const firefox = manifest({ browser: 'firefox', manifestVersion: 2, mode: 'e2e', command: 'build' });
  expect(firefox.web_accessible_resources).toEqual([{ matches: ['http://127.0.0.1/*'], resources: ['popup.html', 'options.html', 'dossier.html'] }]);
  expect(manifest({ browser: 'chrome', manifestVersion: 3, mode: 'e2e', command: 'build' }).web_accessible_resources).toBeUndefined();
});

test.each([
  ['chrome', 3],
  ['firefox', 2],
] as const)('%s MV%s declares a strict Content Security Policy for its pages', (browser, manifestVersion) => {
  const m = manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
  const csp = manifestVersion === 2 ? m.content_security_policy : (m.content_security_policy as { extension_pages?: unknown } | undefined)?.extension_pages;
  expect(typeof csp).toBe('string');
  const directives = new Map(
    String(csp)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
  // Scripts from the package only: no eval, no inline script, no remote origin.
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(String(csp)).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*/);
});
