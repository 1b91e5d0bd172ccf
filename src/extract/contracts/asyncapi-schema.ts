const PARSER_EXTENSION_PREFIX = 'x-parser-';

/**
 * A payload schema as the document wrote it, without the `x-parser-*` keys the parser adds.
 * Recursive schemas stay recursive: an object seen before is reused, not copied again.
 */
export function withoutParserExtensions(schema: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const known = copies.get(schema);
  if (known !== undefined) return known;
  if (Array.isArray(schema)) {
    const copy: unknown[] = [];
    copies.set(schema, copy);
    copy.push(...schema.map((item) => withoutParserExtensions(item, copies)));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  copies.set(schema, copy);
  for (const [key, value] of Object.entries(schema)) {
    if (!key.startsWith(PARSER_EXTENSION_PREFIX)) copy[key] = withoutParserExtensions(value, copies);
  }
  return copy;
}
