/**
 * Where stubs go in a file, and how they are laid out there:
 * `after`: on lines of their own after a statement or clause (`offset` is where that line ends);
 * `before`: on lines of their own before the statement or clause starting at `offset`;
 * `else`: as `else if` branches after the last branch of an if chain that ends in a plain `else`.
 */
export interface Anchor {
  offset: number;
  layout: 'after' | 'before' | 'else';
  /** The whitespace starting the lines of the code the stub lines up with. */
  indentation: string;
  /** A blank line before the stub, as between the handlers it joins. */
  blankLine: boolean;
}

/** The text to insert at the anchor for a stub of `lines` (indented from column 0). */
export function insertionText(anchor: Anchor, lines: readonly string[], eol: string): string {
  const indented = lines.map((line, index) => (index === 0 ? line : `${anchor.indentation}${line}`)).join(eol);
  switch (anchor.layout) {
    case 'after':
      return `${eol}${anchor.blankLine ? eol : ''}${anchor.indentation}${indented}`;
    case 'before':
      return `${indented}${eol}${anchor.indentation}`;
    case 'else':
      return ` else ${indented}`;
  }
}
