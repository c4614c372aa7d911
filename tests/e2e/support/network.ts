/** Records every request a browser context makes, and says which ones left the device. */
import type { BrowserContext, Request } from 'playwright-core';

/** One request and who made it. */
export interface LoggedRequest {
  url: string;
  /** 'service-worker', or the URL of the page whose frame made it. */
  initiator: string;
}

const LOCAL_PROTOCOLS = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:']);

/** True for a URL that stays on this machine: 127.0.0.1, the extension itself, data/blob URLs. */
export function isLocalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return LOCAL_PROTOCOLS.has(url.protocol) || url.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

function initiatorOf(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().page().url();
  } catch {
    return 'unknown';
  }
}

/** The log of every request of a context, from the moment it is created. */
export class NetworkLog {
  readonly requests: LoggedRequest[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => this.requests.push({ url: request.url(), initiator: initiatorOf(request) }));
  }

  /**
   * Requests that left the device, except a page's own subresources: the fixture pages reference
   * their real sites' scripts and images (aborted by the session). `pageSources` maps a page URL to
   * its HTML, so a request counts as the page's own only when that URL is written in its source.
   */
  leaks(pageSources: ReadonlyMap<string, string>): LoggedRequest[] {
    return this.requests.filter((r) => {
      if (isLocalUrl(r.url)) return false;
      const html = pageSources.get(r.initiator);
      return html === undefined || !html.replaceAll('&amp;', '&').includes(r.url);
    });
  }
}
