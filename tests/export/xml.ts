// XML helpers for the exporter tests: a strict well-formedness check (saxes) and a tree to assert on (fast-xml-parser).
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/** Throws the first well-formedness error a conforming XML 1.0 parser reports, with its line and column. */
export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let first: Error | undefined;
  parser.on('error', (error) => {
    first ??= error;
  });
  parser.write(xml).close();
  if (first !== undefined) throw first;
}

/** Elements named in `lists` always parse as arrays; attributes keep their names and stay strings; references decoded. */
export function parseXml(xml: string, lists: readonly string[]): Record<string, any> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => lists.includes(name),
  });
  return parser.parse(xml) as Record<string, any>;
}
