import { parseExpression } from '../babel-parser.js';
import type { Expression } from '@babel/types';

/** 1-based line and column (UTF-16 code units) of a value in a JSON text. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Where each value of a JSON text starts, keyed by its path (`pathKey(['expected', 'Chat', 0])`).
 * JSON is a JavaScript expression, so Babel's parser gives the positions `JSON.parse` does not.
 */
export function jsonLocations(text: string): Map<string, TextPosition> {
  const locations = new Map<string, TextPosition>();
  visit(parseExpression(text), [], locations);
  return locations;
}

export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

function visit(node: Expression, path: readonly (string | number)[], locations: Map<string, TextPosition>): void {
  if (node.loc) locations.set(pathKey(path), { line: node.loc.start.line, column: node.loc.start.column + 1 });
  if (node.type === 'ArrayExpression') {
    node.elements.forEach((element, index) => {
      if (element && element.type !== 'SpreadElement') visit(element, [...path, index], locations);
    });
  }
  if (node.type === 'ObjectExpression') {
    for (const property of node.properties) {
      if (property.type !== 'ObjectProperty' || property.key.type !== 'StringLiteral') continue;
      visit(property.value as Expression, [...path, property.key.value], locations);
    }
  }
}
