/**
 * What an extension page must not hold after showing hostile text, as an expression to evaluate in
 * that page (the real popup over CDP, the side panel, the options page): it returns the list of
 * problems, empty when there are none.
 */

/**
 * Elements that run, embed or navigate, handlers, addresses that leave the extension or run code,
 * CSS that loads, and the payloads' own markers (`window.__xss`, a title set to `XSS-<id>`).
 */
export const AUDIT_EXTENSION_PAGE = `(() => {
  const problems = [];
  const own = location.origin;
  const urlAttrs = ['href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping'];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    const where = '<' + tag + (el.id ? '#' + el.id : '') + '>';
    if (['iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'base', 'math', 'animate', 'set', 'foreignobject', 'template', 'noscript'].includes(tag)) problems.push('element ' + where);
    if (tag === 'script' && !(el.getAttribute('src') || '').startsWith('/') && !(el.getAttribute('src') || '').startsWith(own)) problems.push('inline or foreign script ' + where + ' ' + (el.textContent || '').slice(0, 60));
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) problems.push('meta refresh');
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(where + ' ' + name + '=' + value.slice(0, 60));
      if (name === 'style' && /url\\(|expression|@import/i.test(value)) problems.push(where + ' style=' + value.slice(0, 60));
      if (urlAttrs.includes(name.toLowerCase())) {
        let url;
        try { url = new URL(value.trim(), location.href); } catch { continue; }
        const fine = url.origin === own || (url.protocol === 'data:' && /^data:image\\/(png|gif|svg\\+xml)/.test(value.trim()));
        if (!fine) problems.push(where + ' ' + name + '=' + value.slice(0, 80));
      }
    }
  }
  // A bidi control in page text (U+202A-202E, U+2066-2069) must not reorder the card's own text
  // beside it: between its text and its block there is an isolating element, or the block holds
  // nothing else.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\u202a-\u202e\u2066-\u2069]/.test(n.data)) continue;
    let isolated = false;
    let el = n.parentElement;
    for (; el; el = el.parentElement) {
      // A block ends the walk (browsers isolate <p> and <div> by default, which isolates the block
      // from its parent, not the text from its siblings); an isolating inline element contains it.
      const style = getComputedStyle(el);
      if (!/^inline/.test(style.display)) break;
      if (/isolate|plaintext/.test(style.unicodeBidi)) { isolated = true; break; }
    }
    if (!isolated && el && el.textContent.trim() !== n.data.trim()) problems.push('bidi control not isolated in <' + (n.parentElement && n.parentElement.localName) + '.' + (n.parentElement && n.parentElement.className) + '>: ' + JSON.stringify(n.data.slice(0, 40)));
  }
  if (window.__xss !== undefined) problems.push('window.__xss = ' + window.__xss);
  if (/^XSS-/.test(document.title)) problems.push('document.title = ' + document.title);
  return problems;
})()`;

/**
 * For a hostile "text" page (which has no script, handler or style attribute of its own): what
 * the extension's show-in-page may have added to it, and the payloads' markers.
 */
export const AUDIT_TEXT_PAGE = `(() => {
  const problems = [];
  for (const el of document.querySelectorAll('script, iframe, object, embed, [style]')) problems.push('element <' + el.localName + '>');
  for (const el of document.querySelectorAll('*')) for (const { name } of el.attributes) if (/^on/i.test(name)) problems.push('<' + el.localName + ' ' + name + '>');
  if (window.__xss !== undefined) problems.push('window.__xss = ' + window.__xss);
  if (/^XSS-/.test(document.title)) problems.push('document.title = ' + document.title);
  return problems;
})()`;
