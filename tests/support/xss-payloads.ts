/**
 * Hostile strings for the "untrusted text stays text" tests: well-known XSS vector classes, each
 * with a unique id, each made observable. A payload that ran or loaded anything would call
 * `fetch(<origin>/hit/<id>)`, load `<origin>/hit/<id>.png`, set `document.title` to `XSS-<id>` or
 * set `window.__xss`; the e2e server records every `/hit/` request. Our own list, written from the
 * classes the OWASP and PortSwigger cheat sheets describe (no copied corpus).
 */

/** One payload: its id, its vector class and the string itself (with the hit URLs filled in). */
export interface XssPayload {
  id: string;
  family: XssFamily;
  text: string;
  /**
   * False for a payload that cannot be planted as raw markup without swallowing the rest of the
   * page (an unclosed <plaintext>) or navigating it away (a meta refresh): it is planted as text only.
   */
  raw: boolean;
}

/** The vector classes. */
export type XssFamily =
  | 'script'
  | 'event-handler'
  | 'svg-mathml'
  | 'url-scheme'
  | 'mutation'
  | 'css'
  | 'bidi-zero-width'
  | 'attribute-breakout'
  | 'encoded'
  | 'markdown'
  | 'terminal';

/** What a payload may use: the hit URLs of its id, a JS statement hitting them, and a marker. */
interface Hit {
  id: string;
  /** `<origin>/hit/<id>` */
  url: string;
  /** `<origin>/hit/<id>.png` */
  png: string;
  /** `fetch('<url>')`: the statement the script payloads run. */
  js: string;
  /** The same statement base64-encoded (for eval(atob(...)) and data: URLs). */
  b64: string;
}

type Vector = [XssFamily, (h: Hit) => string] | [XssFamily, (h: Hit) => string, 'text-only'];

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

// The vectors, by class. Each makes its effect observable through `h` (see Hit).
const VECTORS: Vector[] = [
  // <script>, as written, split, closed early, or with a src.
  ['script', (h) => `<script>${h.js}</script>`],
  ['script', (h) => `<SCRIPT SRC=${h.url}.js></SCRIPT>`],
  ['script', (h) => `<script>document.title='XSS-${h.id}'</script>`],
  ['script', (h) => `<script>window.__xss='${h.id}'</script>`],
  ['script', (h) => `<scr<script>ipt>${h.js}</scr</script>ipt>`],
  ['script', (h) => `</script><script>${h.js}</script>`],
  ['script', (h) => `<script/x>${h.js}</script>`],
  ['script', (h) => `<script type="module">${h.js}</script>`],
  ['script', (h) => `<script>import('${h.url}.mjs')</script>`],
  ['script', (h) => `<script src="data:text/javascript;base64,${h.b64}"></script>`],
  ['script', (h) => `'-${h.js}-'`],
  ['script', (h) => `\\";${h.js}//`],
  // Event handlers that fire without a click.
  ['event-handler', (h) => `<img src=x onerror="${h.js}">`],
  ['event-handler', (h) => `<img src="${h.png}">`],
  ['event-handler', (h) => `<IMG SRC=x OnErRoR=${h.js}>`],
  ['event-handler', (h) => `<img src=x:x onerror=${h.js}//`, 'text-only'],
  ['event-handler', (h) => `<svg onload=${h.js}>`],
  ['event-handler', (h) => `<svg/onload=${h.js}></svg>`],
  ['event-handler', (h) => `<body onload=${h.js}>`],
  ['event-handler', (h) => `<details open ontoggle=${h.js}><summary>x</summary></details>`],
  ['event-handler', (h) => `<input autofocus onfocus=${h.js}>`],
  ['event-handler', (h) => `<select autofocus onfocus=${h.js}></select>`],
  ['event-handler', (h) => `<textarea autofocus onfocus=${h.js}></textarea>`],
  ['event-handler', (h) => `<video><source onerror=${h.js}></video>`],
  ['event-handler', (h) => `<audio src=x onerror=${h.js}></audio>`],
  ['event-handler', (h) => `<iframe onload=${h.js}></iframe>`],
  ['event-handler', (h) => `<marquee onstart=${h.js}>x</marquee>`],
  ['event-handler', (h) => `<div onmouseover=${h.js} style="position:fixed;inset:0">x</div>`],
  ['event-handler', (h) => `<object data="${h.url}"></object>`],
  ['event-handler', (h) => `<embed src="${h.url}">`],
  ['event-handler', (h) => `<link rel=stylesheet href="${h.url}.css">`],
  ['event-handler', (h) => `<img srcset="${h.png} 1x">`],
  ['event-handler', (h) => `<picture><source srcset="${h.png}"><img alt=x></picture>`],
  ['event-handler', (h) => `<input type=image src="${h.png}">`],
  ['event-handler', (h) => `<table background="${h.png}"><tr><td>x</td></tr></table>`],
  ['event-handler', (h) => `<video poster="${h.png}"></video>`],
  ['event-handler', (h) => `<img src=x onerror=eval(atob('${h.b64}'))>`],
  // SVG and MathML.
  ['svg-mathml', (h) => `<svg><script>${h.js}</script></svg>`],
  ['svg-mathml', (h) => `<svg><script href="data:text/javascript;base64,${h.b64}"/></svg>`],
  ['svg-mathml', (h) => `<svg><animate onbegin=${h.js} attributeName=x dur=1s /></svg>`],
  ['svg-mathml', (h) => `<svg><a><animate attributeName=href values=javascript:${h.js} /><text x=20 y=20>x</text></a></svg>`],
  ['svg-mathml', (h) => `<svg><set attributeName=onload to=${h.js} /></svg>`],
  ['svg-mathml', (h) => `<svg><image href="${h.png}" /></svg>`],
  ['svg-mathml', (h) => `<svg><feImage href="${h.png}" /></svg>`],
  ['svg-mathml', (h) => `<svg><foreignObject><img src="${h.png}"></foreignObject></svg>`],
  ['svg-mathml', (h) => `<svg><style><img src=x onerror=${h.js}></style></svg>`],
  ['svg-mathml', (h) => `<math><maction actiontype=statusline xlink:href=javascript:${h.js}>x</maction></math>`],
  ['svg-mathml', (h) => `<math href="javascript:${h.js}">x</math>`],
  ['svg-mathml', (h) => `<math><mi xlink:href="data:x,${h.js}">x</mi></math>`],
  // URL schemes: javascript:, data:, vbscript:, in links, frames, forms and refreshes.
  ['url-scheme', (h) => `<a href="javascript:${h.js}">x</a>`],
  ['url-scheme', (h) => `<a href="JaVaScRiPt:${h.js}">x</a>`],
  ['url-scheme', (h) => `<a href="java&#x09;script:${h.js}">x</a>`],
  ['url-scheme', (h) => `<a href="&#106;avascript:${h.js}">x</a>`],
  ['url-scheme', (h) => `<a href=" javascript:${h.js}">x</a>`],
  ['url-scheme', (h) => `<a href="data:text/html;base64,${h.b64}">x</a>`],
  ['url-scheme', (h) => `<a href="vbscript:msgbox(&quot;${h.id}&quot;)">x</a>`],
  ['url-scheme', (h) => `<iframe src="javascript:${h.js}"></iframe>`],
  ['url-scheme', (h) => `<iframe srcdoc="<script>${h.js}</script>"></iframe>`],
  ['url-scheme', (h) => `<iframe srcdoc="&lt;img src=x onerror=${h.js}&gt;"></iframe>`],
  ['url-scheme', (h) => `<iframe src="${h.url}"></iframe>`],
  ['url-scheme', (h) => `<form><button formaction="javascript:${h.js}">x</button></form>`],
  ['url-scheme', (h) => `<form action="${h.url}"><input type=submit></form>`],
  ['url-scheme', (h) => `<meta http-equiv="refresh" content="0;url=javascript:${h.js}">`, 'text-only'],
  ['url-scheme', (h) => `<meta http-equiv="refresh" content="0;url=${h.url}">`, 'text-only'],
  ['url-scheme', (h) => `<base href="${h.url}/">`, 'text-only'],
  ['url-scheme', (h) => `<object data="javascript:${h.js}"></object>`],
  ['url-scheme', (h) => `<embed src="data:image/svg+xml;base64,${h.b64}">`],
  ['url-scheme', (h) => `javascript:${h.js}`],
  ['url-scheme', (h) => h.url],
  // Mutation XSS: markup that changes meaning when parsed, serialised and parsed again.
  ['mutation', (h) => `<noscript><p title="</noscript><img src=x onerror=${h.js}>"></p></noscript>`],
  ['mutation', (h) => `<style><img src=x onerror=${h.js}></style>`],
  ['mutation', (h) => `<title><img src=x onerror=${h.js}></title>`],
  ['mutation', (h) => `<textarea><img src=x onerror=${h.js}></textarea>`],
  ['mutation', (h) => `<template><img src=x onerror=${h.js}></template>`],
  ['mutation', (h) => `<xmp><img src=x onerror=${h.js}></xmp>`],
  ['mutation', (h) => `<noembed><img src=x onerror=${h.js}></noembed>`],
  ['mutation', (h) => `<iframe><img src=x onerror=${h.js}></iframe>`],
  ['mutation', (h) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${h.js}>`],
  ['mutation', (h) => `<svg></p><style><a id="</style><img src=1 onerror=${h.js}>"></a></style></svg>`],
  ['mutation', (h) => `<math><mtext><table><mglyph><style><img src=x onerror=${h.js}></style></mglyph></table></mtext></math>`],
  ['mutation', (h) => `<math><mi><style><img src=x onerror=${h.js}></style></mi></math>`],
  ['mutation', (h) => `<a title="</a><img src=x onerror=${h.js}>">x</a>`],
  ['mutation', (h) => `<!--<img src=x onerror=${h.js}>-->`],
  ['mutation', (h) => `<![CDATA[<img src=x onerror=${h.js}>]]>`],
  ['mutation', (h) => `<select><template><img src=x onerror=${h.js}></template></select>`],
  ['mutation', (h) => `<svg><iframe src="${h.url}"></iframe></svg><iframe srcdoc="<script>${h.js}</script>"></iframe>`],
  ['mutation', (h) => `<plaintext><img src=x onerror=${h.js}>`, 'text-only'],
  // CSS: expressions, @import, url() loads.
  ['css', (h) => `<div style="background:url(${h.png})">x</div>`],
  ['css', (h) => `<div style="width:expression(${h.js})">x</div>`],
  ['css', (h) => `<style>@import '${h.url}.css';</style>`],
  ['css', (h) => `<style>p{background:url("${h.png}")}</style>`],
  ['css', (h) => `<div style="behavior:url(${h.url}.htc)">x</div>`],
  ['css', (h) => `<div style="-moz-binding:url(${h.url}.xml#x)">x</div>`],
  ['css', (h) => `<style>*{background-image:image-set("${h.png}" 1x)}</style>`],
  ['css', (h) => `<svg><style>@import url(${h.url}.css);</style></svg>`],
  ['css', (h) => `@import url(${h.url}.css);`],
  ['css', (h) => `<p style="font-family:'x';src:url(${h.url}.woff)">x</p>`],
  // Bidi controls and zero-width characters hiding or reordering markup.
  ['bidi-zero-width', (h) => `\u202E<img src=x onerror=${h.js}>`],
  ['bidi-zero-width', (h) => `\u2066<script>${h.js}</script>\u2069`],
  ['bidi-zero-width', (h) => `<im\u200Bg src=x onerror=${h.js}>`],
  ['bidi-zero-width', (h) => `<a href="java\u200Bscript:${h.js}">x</a>`],
  ['bidi-zero-width', (h) => `<a href="java\u2060script:${h.js}">x</a>`],
  ['bidi-zero-width', (h) => `\uFEFF<svg onload=${h.js}></svg>`],
  ['bidi-zero-width', (h) => `report\u202Egpj.exe ${h.id}`],
  ['bidi-zero-width', (h) => `\u2067[x](javascript:${h.js})\u2069`],
  ['bidi-zero-width', (h) => `\u2068<img src="${h.png}">\u200D\u200C`],
  ['bidi-zero-width', (h) => `\u202A\u202B\u202C\u202D ${h.id} \u2066\u2067\u2068\u2069`],
  // Breaking out of an attribute value or a raw-text element.
  ['attribute-breakout', (h) => `" onmouseover="${h.js}" x="`],
  ['attribute-breakout', (h) => `' onfocus='${h.js}' autofocus x='`],
  ['attribute-breakout', (h) => `\` onerror=${h.js} x=\``],
  ['attribute-breakout', (h) => `"><img src=x onerror=${h.js}>`],
  ['attribute-breakout', (h) => `'><svg onload=${h.js}></svg>`],
  ['attribute-breakout', (h) => `" autofocus onfocus=${h.js} x="`],
  ['attribute-breakout', (h) => `"/><script>${h.js}</script>`],
  ['attribute-breakout', (h) => `x" style="background:url(${h.png})`],
  ['attribute-breakout', (h) => `</textarea><img src=x onerror=${h.js}>`],
  ['attribute-breakout', (h) => `</style><img src=x onerror=${h.js}>`],
  ['attribute-breakout', (h) => `--><img src=x onerror=${h.js}>`],
  ['attribute-breakout', (h) => `</title><img src=x onerror=${h.js}>`],
  // Encoded: entities, percent-encoding, JS escapes, UTF-7, full-width brackets.
  ['encoded', (h) => `&lt;img src=x onerror=${h.js}&gt;`],
  ['encoded', (h) => `&#60;script&#62;${h.js}&#60;/script&#62;`],
  ['encoded', (h) => `&#x3C;svg onload=${h.js}&#x3E;`],
  ['encoded', (h) => `%3Cscript%3E${h.js}%3C%2Fscript%3E`],
  ['encoded', (h) => `\\x3cscript\\x3e${h.js}\\x3c/script\\x3e`],
  ['encoded', (h) => `\\u003cimg src=x onerror=${h.js}\\u003e`],
  ['encoded', (h) => `<img src=x onerror="&#x66;etch('${h.url}')">`],
  ['encoded', (h) => `+ADw-script+AD4-${h.js}+ADw-/script+AD4-`],
  ['encoded', (h) => `＜script＞${h.js}＜/script＞`],
  ['encoded', (h) => `&amp;lt;script&amp;gt;${h.js}&amp;lt;/script&amp;gt;`],
  ['encoded', (h) => `&lt;a href=&quot;javascript:${h.js}&quot;&gt;x&lt;/a&gt;`],
  // Markdown: links, images, autolinks and raw HTML that a Markdown copy could turn live.
  ['markdown', (h) => `[click](javascript:${h.js})`],
  ['markdown', (h) => `[click](  javascript:${h.js}  )`],
  ['markdown', (h) => `[x](<javascript:${h.js}>)`],
  ['markdown', (h) => `![x](${h.png})`],
  ['markdown', (h) => `![x](javascript:${h.js})`],
  ['markdown', (h) => `<javascript:${h.js}>`],
  ['markdown', (h) => `<${h.url}>`],
  ['markdown', (h) => `[x][r]\n\n[r]: javascript:${h.js}`],
  ['markdown', (h) => `[x](data:text/html;base64,${h.b64})`],
  ['markdown', (h) => `[x](javascript&#58;${h.js})`],
  ['markdown', (h) => `[x](${h.url} "title")`],
  ['markdown', (h) => `**[x](javascript:${h.js})**`],
  ['markdown', (h) => `| a | <img src=x onerror=${h.js}> |\n|---|---|`],
  ['markdown', (h) => `# <img src=x onerror=${h.js}>`],
  ['markdown', (h) => `1. [x](javascript:${h.js})`],
  ['markdown', (h) => `> ![x](${h.png})`],
  ['markdown', (h) => `- [ ] <a href="${h.url}">x</a>`],
  ['markdown', (h) => `    <script>${h.js}</script>`],
  ['markdown', (h) => `\`<img src=x onerror=${h.js}>\``],
  ['markdown', (h) => `mailto:${h.id}@127.0.0.1 www.${h.id}.example`],
  // Terminal escapes: OSC 8 hyperlinks, OSC 52 clipboard, titles, CSI and C1 controls.
  ['terminal', (h) => `${ESC}]8;;javascript:${h.js}${ST}link${ESC}]8;;${ST}`],
  ['terminal', (h) => `${ESC}]8;;${h.url}${BEL}click${ESC}]8;;${BEL}`],
  ['terminal', (h) => `${ESC}]52;c;${h.b64}${BEL}`],
  ['terminal', (h) => `${ESC}]0;XSS-${h.id}${BEL}`],
  ['terminal', (h) => `${ESC}[2J${ESC}[H${h.id}`],
  ['terminal', (h) => `\u009b31m${h.id}\u009b0m`],
  ['terminal', (h) => `\u009d8;;${h.url}\u009cx\u009d8;;\u009c`],
  ['terminal', (h) => `${ESC}P+q${h.id}${ST}`],
  ['terminal', (h) => `${ESC}[6n${ESC}[21t ${h.id}`],
  ['terminal', (h) => `fake\r${ESC}[K${h.id}\b\b\b`],
];

/** Every payload, its hit URLs on `origin` (`http://127.0.0.1:<port>`; unit tests pass any). */
export function xssPayloads(origin: string): XssPayload[] {
  return VECTORS.map(([family, make, textOnly], k) => {
    const id = `x${String(k + 1).padStart(3, '0')}`;
    const url = `${origin}/hit/${id}`;
    const js = `fetch('${url}')`;
    const text = make({ id, url, png: `${url}.png`, js, b64: btoa(js) });
    return { id, family, text, raw: textOnly === undefined };
  });
}

/** The origin the unit tests use: nothing listens there, and nothing is fetched anyway. */
export const UNIT_ORIGIN = 'http://127.0.0.1:9';
