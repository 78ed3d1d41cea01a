/**
 * A small, strict XML 1.0 reader for tests: it refuses anything that is not well-formed (unclosed
 * or crossed tags, unquoted or duplicate attributes, raw `<` or stray `&`, characters XML cannot
 * carry, more than one root) and returns the element tree with entity references decoded.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9._:-]*/;
const INVALID_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`stray "&" near offset ${at}`);
    if (name in ENTITIES) return ENTITIES[name];
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
    if (!numeric) throw new Error(`unknown entity &${name}; near offset ${at}`);
    const code = numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]);
    const char = String.fromCodePoint(code);
    if (INVALID_CHAR.test(char))
      throw new Error(`character reference &${name}; is not allowed in XML near offset ${at}`);
    return char;
  });
}

export function parseXml(text: string): XmlElement {
  const invalid = INVALID_CHAR.exec(text);
  if (invalid)
    throw new Error(
      `character U+${invalid[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML (offset ${invalid.index})`,
    );
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}`);
  };

  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      if (root || stack.length) fail('DOCTYPE after the root element started');
      const end = text.indexOf('>', i);
      if (end < 0) fail('unterminated DOCTYPE');
      i = end + 1;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
    } else if (text.startsWith('</', i)) {
      const name = NAME.exec(text.slice(i + 2))?.[0] ?? fail('end tag without a name');
      const open = stack.pop() ?? fail(`end tag </${name}> without a start tag`);
      if (open.name !== name) fail(`end tag </${name}> closes <${open.name}>`);
      i += 2 + name.length;
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] !== '>') fail(`malformed end tag </${name}>`);
      i++;
    } else if (text[i] === '<') {
      i++;
      const name = NAME.exec(text.slice(i))?.[0] ?? fail('start tag without a name');
      i += name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const spaced = /^\s+/.exec(text.slice(i));
        if (spaced) i += spaced[0].length;
        if (text.startsWith('/>', i) || text[i] === '>') break;
        if (!spaced) fail(`attributes of <${name}> must be separated by white space`);
        const attribute = NAME.exec(text.slice(i))?.[0] ?? fail(`malformed attribute in <${name}>`);
        i += attribute.length;
        const eq = /^\s*=\s*/.exec(text.slice(i)) ?? fail(`attribute ${attribute} of <${name}> has no value`);
        i += eq[0].length;
        const quote = text[i];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} of <${name}> is not quoted`);
        const end = text.indexOf(quote, i + 1);
        if (end < 0) fail(`unterminated value of attribute ${attribute}`);
        const raw = text.slice(i + 1, end);
        if (raw.includes('<')) fail(`raw "<" in attribute ${attribute} of <${name}>`);
        if (attribute in element.attributes) fail(`duplicate attribute ${attribute} in <${name}>`);
        element.attributes[attribute] = decode(raw, i);
        i = end + 1;
      }
      const selfClosing = text.startsWith('/>', i);
      i += selfClosing ? 2 : 1;
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail(`second root element <${name}>`);
      else root = element;
      if (!selfClosing) stack.push(element);
    } else {
      const end = text.indexOf('<', i);
      const raw = text.slice(i, end < 0 ? text.length : end);
      if (raw.includes(']]>')) fail('"]]>" in text');
      const value = decode(raw, i);
      const parent = stack.at(-1);
      if (parent) parent.text += value;
      else if (value.trim()) fail('text outside the root element');
      i = end < 0 ? text.length : end;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element called `name` under (and including) `element`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => findAll(child, name))];
}
