/** Pages no extension may script, recognised by URL, with a plain reason. Pure. */

const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
  'file:',
];
const STORE_HOSTS = ['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

/** Why a URL cannot be summarised, or null when it may be. An unknown URL (no access) is allowed to try. */
export function restrictedReason(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a web page Kootniti can read.';
  }
  if (parsed.protocol === 'file:') {
    return 'Local files can be summarised only if you allow "Access to file URLs" for Kootniti in the extensions page.';
  }
  if (parsed.protocol === 'view-source:') return 'Kootniti cannot read view-source pages. Open the page itself.';
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return 'Browser pages cannot be read by extensions.';
  if (STORE_HOSTS.includes(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return 'Extension stores cannot be read by extensions.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return "PDF files open in the browser's PDF viewer, which extensions cannot read.";
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'This is not a web page Kootniti can read.';
  return null;
}
