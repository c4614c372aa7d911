/** Storage-full errors, told apart from other failures (no storage access here: any context may import it). */

/** True for the browsers' "storage is full" errors (Chrome: QUOTA_BYTES…; Firefox: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}
