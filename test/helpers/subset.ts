/**
 * Keeps only what `expected` speaks about: the keys of its objects and, for arrays, the
 * elements at the same positions (extra actual elements are kept so a length mismatch shows).
 * Lets a checked-in expectation list just the fields it asserts.
 */
export function projectOnto(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, index) => (index < expected.length ? projectOnto(item, expected[index]) : item));
  }
  if (isObject(expected) && isObject(actual)) {
    return Object.fromEntries(Object.keys(expected).map((key) => [key, projectOnto(actual[key], expected[key])]));
  }
  return actual;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
