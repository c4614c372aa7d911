/** Typed messaging over browser.runtime: `sendMessage('getSummary', { tabId })` and its handlers. */
import { browser } from 'wxt/browser';
import { type Message, parseMessage, type Protocol } from './protocol';

/** Handlers for every message, as async functions of the protocol. */
export type Handlers = { [K in keyof Protocol]: (data: Parameters<Protocol[K]>[0]) => Promise<ReturnType<Protocol[K]>> };

/** Sends a message to the background worker and resolves with its typed answer. */
export async function sendMessage<K extends keyof Protocol>(type: K, data: Parameters<Protocol[K]>[0]): Promise<ReturnType<Protocol[K]>> {
  return (await browser.runtime.sendMessage({ type, data })) as ReturnType<Protocol[K]>;
}

/** Answers protocol messages from this extension's own pages; ignores anything malformed. */
export function onMessage(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    const m = sender.id === browser.runtime.id ? parseMessage(message) : null;
    if (!m) return undefined;
    const handler = handlers[m.type] as (data: Message['data']) => Promise<unknown>;
    return handler(m.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
