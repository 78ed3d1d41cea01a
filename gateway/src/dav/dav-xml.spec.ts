import { parseXml, XmlError } from './dav-xml';

describe('parseXml', () => {
  it('resolves namespaces of elements, defaults and prefixes, and decodes text', () => {
    const root = parseXml(
      '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop xmlns="http://example.com/ns"><foo>a &amp; b&#x20AC;</foo><D:getetag/></D:prop></D:propfind>',
    );
    expect(root).toMatchObject({ ns: 'DAV:', name: 'propfind' });
    const prop = root.children[0];
    expect(prop.children.map((c) => [c.ns, c.name, c.text])).toEqual([
      ['http://example.com/ns', 'foo', 'a & b€'],
      ['DAV:', 'getetag', ''],
    ]);
  });

  it('refuses malformed documents and entity declarations', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<x:a/>')).toThrow('undeclared namespace prefix x');
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(XmlError);
    expect(() => parseXml('<a/><b/>')).toThrow(XmlError);
  });
});
