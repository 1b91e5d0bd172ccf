/** Locale-independent string order, so output is identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Located {
  file: string;
  line: number;
  column: number;
}

export function compareLocations(a: Located, b: Located): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column;
}
