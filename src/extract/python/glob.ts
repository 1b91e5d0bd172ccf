/**
 * A name built from known text and unknown parts. Each unknown part is one `*`; consecutive
 * unknowns collapse, so `f"{a}{b}_done"` is `*_done`.
 */
export interface NamePattern {
  name: string;
  dynamic: boolean;
}

export const UNKNOWN_PART = Symbol('unknown part');
export type NamePart = string | typeof UNKNOWN_PART;

export function patternFromParts(parts: readonly NamePart[]): NamePattern {
  let name = '';
  let dynamic = false;
  let afterUnknown = false;
  for (const part of parts) {
    if (part === UNKNOWN_PART) {
      if (!afterUnknown) name += '*';
      afterUnknown = true;
      dynamic = true;
    } else if (part !== '') {
      name += part;
      afterUnknown = false;
    }
  }
  return { name, dynamic };
}

export function concatenatePatterns(left: NamePattern, right: NamePattern): NamePattern {
  const name = left.dynamic && right.dynamic && left.name.endsWith('*') && right.name.startsWith('*')
    ? left.name + right.name.slice(1)
    : left.name + right.name;
  return { name, dynamic: left.dynamic || right.dynamic };
}

/** `"{}_done".format(x)`: every replacement field becomes an unknown part; `{{`/`}}` are braces. */
export function formatTemplateParts(template: string): NamePart[] {
  const parts: NamePart[] = [];
  let text = '';
  for (let index = 0; index < template.length; index += 1) {
    const char = template[index];
    const next = template[index + 1];
    if ((char === '{' || char === '}') && next === char) {
      text += char;
      index += 1;
    } else if (char === '{') {
      const close = template.indexOf('}', index);
      if (close < 0) return [template];
      parts.push(text, UNKNOWN_PART);
      text = '';
      index = close;
    } else {
      text += char;
    }
  }
  parts.push(text);
  return parts;
}
