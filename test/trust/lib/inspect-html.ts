/**
 * What a page built from untrusted articles must never contain, found with a real HTML parser (linkedom),
 * as a browser would build the document: script the site did not write, event-handler attributes, script
 * URLs in any spelling, and elements that load, submit, restyle or redirect (iframe, form, base, meta refresh,
 * style, object). Each problem comes back as one line naming the element.
 */
import { parseHTML } from 'linkedom';

/** Attributes that hold a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'srcset',
  'poster',
  'data',
  'xlink:href',
  'background',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
];

/** Elements no article may bring into a page, wherever they are. */
const FORBIDDEN = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe'];

/** Elements the site itself never puts inside `<main>` or `<body>` text. */
const NOT_IN_BODY = ['script:not([src])', 'style', 'meta', 'link', 'template'];

/** A URL as browsers read it: control characters and whitespace removed, entities already decoded by the parser. */
function schemeOf(value: string): string {
  const squeezed = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return match?.[1] ?? '';
}

function describe(element: Element): string {
  return element.outerHTML.slice(0, 120);
}

/** Problems in one page's HTML; `origin` is the site's own address (`http://localhost:4321`). */
export function unsafeMarkup(html: string, origin: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(element)}`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      for (const part of name === 'srcset' ? attribute.value.split(',') : [attribute.value]) {
        const scheme = schemeOf(part.trim());
        if (scheme !== '' && scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto')
          problems.push(`${scheme}: URL in ${name}: ${describe(element)}`);
        if (scheme.startsWith('http') && !part.trim().startsWith(origin) && name !== 'href')
          problems.push(`foreign ${name}: ${describe(element)}`);
      }
    }
  }
  for (const element of document.querySelectorAll(FORBIDDEN.join(','))) problems.push(`forbidden element: ${describe(element)}`);
  for (const element of document.querySelectorAll(`body ${NOT_IN_BODY.join(', body ')}`))
    problems.push(`markup in the body: ${describe(element)}`);
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (src !== null) {
      if (!src.startsWith('/') || src.startsWith('//') || script.textContent?.trim())
        problems.push(`script not from this site: ${describe(script)}`);
    } else if (type === 'application/ld+json') {
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        problems.push(`JSON-LD that does not parse (broken out of?): ${describe(script)}`);
      }
    } else problems.push(`inline script: ${describe(script)}`);
  }
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() !== 'content-security-policy')
      problems.push(`meta http-equiv: ${describe(meta)}`);
  }
  for (const form of document.querySelectorAll('form')) {
    const action = form.getAttribute('action') ?? '';
    if (!action.startsWith('/') || action.startsWith('//') || form.closest('main'))
      problems.push(`form not the site's own: ${describe(form)}`);
  }
  for (const link of document.querySelectorAll('link[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('/') && !href.startsWith(origin)) problems.push(`link to another site: ${describe(link)}`);
  }
  return problems;
}
