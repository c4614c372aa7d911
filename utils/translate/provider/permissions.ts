/**
 * Host permissions for the user's model: only the saved endpoint's origin stays granted. "Test the
 * connection" may be granted another origin while the options page is open (so that saving what
 * was just tested asks nothing twice); it is given back when the page closes (the background sees
 * the page's port disconnect), when a different endpoint is saved, and when the browser starts.
 */
import { getProviderConfig } from '../../settings/provider-store';
import { originPattern } from './config';

/** What this needs of the browser's permissions API. */
export interface PermissionsApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
}

/** The name of the options page's port to the background. */
export const OPTIONS_PORT = 'kootniti-options';

/**
 * Gives back every granted host origin but the saved endpoint's. One call per origin: a required
 * host of the build (e2e: 127.0.0.1) cannot be removed, and must not stop the others going.
 */
export async function keepOnlySavedOrigin(browser: PermissionsApi): Promise<string[]> {
  const config = await getProviderConfig();
  const keep = config ? originPattern(config.endpoint) : null;
  const { origins = [] } = await browser.permissions.getAll();
  const removed: string[] = [];
  for (const origin of origins) {
    if (origin === keep) continue;
    if (await browser.permissions.remove({ origins: [origin] }).catch(() => false)) removed.push(origin);
  }
  return removed;
}
