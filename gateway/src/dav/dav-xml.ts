/** An element of a WebDAV request body, its name resolved against its namespace. */
export interface XmlElement {
  ns: string;
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Bodies of PROPFIND, PROPPATCH and LOCK are small; anything larger is refused before parsing. */
export const XML_BODY_MAX = 64 * 1024;

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#')
      return String.fromCodePoint(
        entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
      );
    const known = ENTITIES[entity];
    if (known === undefined) throw new XmlError(`unknown entity ${whole}`);
    return known;
  });
}

/**
 * Parses the small, namespace-aware XML of WebDAV request bodies into elements with resolved
 * names. No DTDs (an entity declaration could expand without bound), no processing beyond that.
 */
export function parseXml(source: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new XmlError('document type declarations are not accepted');
  const body = source
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const stack: { element: XmlElement; scope: Record<string, string>; qname: string }[] = [];
  let root: XmlElement | undefined;
  const token =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s>/]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    if (match.index !== consumed) throw new XmlError('malformed XML');
    consumed = token.lastIndex;
    const [, cdata, closing, qname, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (cdata !== undefined || text !== undefined) {
      const value = cdata ?? decode(text);
      if (top) top.element.text += value;
      else if (value.trim()) throw new XmlError('text outside the document element');
      continue;
    }
    if (closing) {
      if (!top || top.qname !== qname) throw new XmlError(`unexpected </${qname}>`);
      stack.pop();
      continue;
    }
    const scope = { ...(top?.scope ?? {}) };
    const attributes: Record<string, string> = {};
    for (const [, name, , double, single] of attributeText.matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const value = decode(double ?? single ?? '');
      if (name === 'xmlns') scope[''] = value;
      else if (name.startsWith('xmlns:')) {
        if (value === '') throw new XmlError(`the prefix ${name.slice(6)} is declared with an empty namespace`);
        scope[name.slice(6)] = value;
      } else attributes[name] = value;
    }
    const colon = qname.indexOf(':');
    const prefix = colon >= 0 ? qname.slice(0, colon) : '';
    const ns = scope[prefix];
    if (prefix && ns === undefined) throw new XmlError(`undeclared namespace prefix ${prefix}`);
    const element: XmlElement = { ns: ns ?? '', name: qname.slice(colon + 1), attributes, children: [], text: '' };
    if (top) top.element.children.push(element);
    else if (root) throw new XmlError('more than one document element');
    else root = element;
    if (!selfClosing) stack.push({ element, scope, qname });
  }
  if (consumed !== body.length || stack.length > 0 || !root) throw new XmlError('malformed XML');
  return root;
}

export const DAV_NS = 'DAV:';

/** The first child named `name` in the DAV: namespace. */
export function davChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.ns === DAV_NS && c.name === name);
}

export function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An element's content (text, then child elements) as XML that stands alone: every element declares its namespace. */
export function serializeContent(element: XmlElement): string {
  return escapeXmlText(element.text) + element.children.map(serializeElement).join('');
}

function serializeElement(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeXmlText(value)}"`)
    .join('');
  const open = element.ns ? `x:${element.name} xmlns:x="${escapeXmlText(element.ns)}"` : `${element.name} xmlns=""`;
  const close = element.ns ? `x:${element.name}` : element.name;
  return `<${open}${attributes}>${serializeContent(element)}</${close}>`;
}
