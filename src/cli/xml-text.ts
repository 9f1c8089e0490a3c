/**
 * The little XML the command's own sheet reader needs: attributes of one tag and text with
 * entities decoded. Parts it cannot read this way (namespace prefixes, CDATA) are left to
 * exceljs (see sheet-tables.ts).
 */

const NAMED_ENTITIES: Record<string, string> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** Element text or an attribute value with XML's entities replaced by their characters. */
export function xmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_whole, entity: string) => {
    if (entity.startsWith("#")) {
      const code =
        entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (code > 0x10ffff) throw new Error(`a character reference out of range`);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[entity];
    // An entity XML does not define makes the part unreadable to exceljs's parser too.
    if (named === undefined) throw new Error(`an unknown XML entity &${entity};`);
    return named;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in a tag's attribute text, decoded; undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return xmlText(match[1] ?? match[2] ?? "");
}

/** Every tag `<name …>` or `<name …/>` of a part, as its attribute text. */
export function tagsNamed(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name}\\b([^>]*?)\\/?>`, "g");
  return Array.from(xml.matchAll(pattern), (match) => match[1] ?? "");
}
