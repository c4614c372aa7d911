/**
 * Articles inside shadow DOM (web components: a news-story element rendering its text in an open
 * shadow root). `cloneNode` leaves shadow roots behind, so Readability would see an empty host and
 * call the page "not an article". Before it runs, each open shadow root's content is copied into
 * the clone at its host (first, as it renders; the host's own children after), and a declarative
 * `<template shadowrootmode>` a parser left as a template (jsdom) is replaced by its content.
 */

/** A node that may host a shadow root or be a declarative template (typed loosely: any DOM). */
type Host = Element & {
  shadowRoot?: { childNodes: NodeListOf<ChildNode>; querySelectorAll(s: string): NodeListOf<Element> } | null;
  content?: DocumentFragment;
};

/**
 * Copies the open shadow roots under `from` into `to`, its deep clone (same elements in the same
 * order), nested roots included; returns how many were copied. Closed roots cannot be read.
 */
export function inlineShadowRoots(from: ParentNode, to: ParentNode): number {
  const source = from.querySelectorAll('*') as NodeListOf<Host>;
  const hosts: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const el = source[i] as Host;
    if (el.shadowRoot || (el.localName === 'template' && el.hasAttribute('shadowrootmode'))) hosts.push(i);
  }
  if (hosts.length === 0) return 0;
  const target = to.querySelectorAll('*');
  let copied = 0;
  for (const i of hosts) {
    const src = source[i] as Host;
    const dst = target[i];
    const doc = dst?.ownerDocument;
    if (!dst || !doc) continue;
    if (src.shadowRoot) {
      // A stand-in holding the root's children, so nested roots line up with it element for element.
      const holder = doc.createElement('div');
      for (const child of src.shadowRoot.childNodes) holder.append(doc.importNode(child, true));
      copied += 1 + inlineShadowRoots(src.shadowRoot as unknown as ParentNode, holder);
      dst.prepend(...holder.childNodes);
    } else if (src.content) {
      dst.replaceWith(doc.importNode(src.content, true));
      copied++;
    }
  }
  return copied;
}
