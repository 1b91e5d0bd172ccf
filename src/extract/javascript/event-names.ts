import type * as t from '@babel/types';

import { TEMPLATE_PLACEHOLDER } from '../embedded/template-syntax.js';
import { isCall, isCallTo, isMember, keyName, unwrap, type Node } from './ast.js';
import { literalMapEntries } from './map-entries.js';
import type { ParsedFile } from './parsed-file.js';
import type { Binding } from './scope.js';
import type { Located, Traced, Tracer } from './trace.js';

/** A name, or a glob (`job_*`, `*`) when part of it is only known at run time. */
export interface NamePattern {
  text: string;
  dynamic: boolean;
}

export interface EventName extends NamePattern {
  /** The expression the site points at (the loop's array element for a loop variable). */
  at: Located;
}

/**
 * `names`: the event names an expression can stand for. `param`: the expression is a parameter of
 * the enclosing function, so the names come from that function's callers.
 */
export type NameResolution = { kind: 'names'; names: EventName[] } | { kind: 'param'; binding: Binding };

const ANY: NamePattern = { text: '*', dynamic: true };
const TEMPLATE_PLACEHOLDERS = new RegExp(`${TEMPLATE_PLACEHOLDER}+`, 'g');

/** A string's text; the part a server-side template fills in (`'job_{{ id }}'`) is unknown. */
function literalPattern(text: string): NamePattern {
  if (!text.includes(TEMPLATE_PLACEHOLDER)) return { text, dynamic: false };
  return { text: text.replace(TEMPLATE_PLACEHOLDERS, '*'), dynamic: true };
}

function joinPatterns(parts: readonly NamePattern[]): NamePattern {
  const text = parts.map((part) => part.text).join('').replace(/\*+/g, '*');
  return { text, dynamic: parts.some((part) => part.dynamic) };
}

/** Turns event-name expressions into names: literals, constants, enums, imports, templates, loops. */
export class EventNames {
  /** Expressions being read right now: `a = `${b}`; b = `${a}`` ends as `*` instead of looping. */
  private readonly inProgress = new Set<Node>();

  constructor(private readonly tracer: Tracer) {}

  resolve(located: Located): NameResolution {
    const traced = this.referenceValues(located);
    const only = traced?.length === 1 ? traced[0] : undefined;
    if (only?.kind === 'param' && only.binding.param?.path.length === 0) return { kind: 'param', binding: only.binding };
    if (traced && traced.length > 0 && traced.every((item) => item.kind === 'loop')) {
      const names = traced.flatMap((item) => (item.kind === 'loop' ? this.elementNames(item.iterable, item.path, located) : []));
      return { kind: 'names', names };
    }
    return { kind: 'names', names: [{ ...this.pattern(located), at: located }] };
  }

  /** The name or glob an expression evaluates to; `*` when it cannot be told. */
  pattern(located: Located): NamePattern {
    const node = unwrap(located.node);
    if (this.inProgress.has(node)) return ANY;
    this.inProgress.add(node);
    try {
      return this.nodePattern(node, located.file);
    } finally {
      this.inProgress.delete(node);
    }
  }

  private nodePattern(node: Node, file: ParsedFile): NamePattern {
    switch (node.type) {
      case 'StringLiteral':
        return literalPattern(node.value);
      case 'TemplateLiteral':
        return this.templatePattern(node, file);
      case 'BinaryExpression':
        return node.operator === '+' ? this.concatenation(node, file) : ANY;
      default:
        return this.tracedPattern(this.referenceValues({ node, file }) ?? []);
    }
  }

  private referenceValues(located: Located): Traced[] | undefined {
    const node = unwrap(located.node);
    const isReference = node.type === 'Identifier' || isMember(node);
    return isReference ? this.tracer.trace(located) : undefined;
  }

  private templatePattern(node: t.TemplateLiteral, file: ParsedFile): NamePattern {
    const parts: NamePattern[] = [];
    node.quasis.forEach((quasi, index) => {
      parts.push(literalPattern(quasi.value.cooked ?? quasi.value.raw));
      const expression = node.expressions[index];
      if (expression) parts.push(this.pattern({ node: expression, file }));
    });
    return joinPatterns(parts);
  }

  private concatenation(node: t.BinaryExpression, file: ParsedFile): NamePattern {
    const left = this.pattern({ node: node.left, file });
    const right = this.pattern({ node: node.right, file });
    return left.text === '*' && right.text === '*' ? ANY : joinPatterns([left, right]);
  }

  /** Several possible values that agree make a name; any disagreement or unknown makes `*`. */
  private tracedPattern(traced: readonly Traced[]): NamePattern {
    const patterns = traced.map((item) => (item.kind === 'value' && isStringLike(item.node) ? this.pattern(item) : ANY));
    const first = patterns[0];
    if (!first || patterns.some((pattern) => pattern.text !== first.text || pattern.dynamic !== first.dynamic)) return ANY;
    return first;
  }

  /**
   * The names a loop variable takes, each at the expression that writes it: the elements of an
   * array, the keys of an object (`Object.keys(x)`, or key `0` of each `Object.entries(x)` pair) or
   * of a `Map` literal's entries; `*` at `variable` when the collection cannot be read.
   */
  elementNames(iterable: Located, path: readonly string[], variable: Located): EventName[] {
    const collections = this.tracer
      .trace(iterable)
      .flatMap((item) => (item.kind === 'value' ? this.collectionNames(item, path) ?? [] : []));
    return collections.length > 0 ? collections.flat() : [{ ...ANY, at: variable }];
  }

  /** Undefined when `collection` is not one whose element (at `path`) is readable. */
  private collectionNames(collection: Located, path: readonly string[]): EventName[][] | undefined {
    const node = unwrap(collection.node);
    const key = path.length === 1 && path[0] === '0';
    const file = collection.file;
    if (path.length === 0 && node.type === 'ArrayExpression') return [this.elementsAt(node.elements, file)];
    if (key && node.type === 'ArrayExpression') {
      const pairs = node.elements.flatMap((element) => (element && unwrap(element).type === 'ArrayExpression' ? [element] : []));
      return [pairs.flatMap((pair) => this.elementsAt((unwrap(pair) as t.ArrayExpression).elements.slice(0, 1), file))];
    }
    if (key && literalMapEntries(collection)) {
      return [(literalMapEntries(collection) ?? []).map((entry) => ({ ...this.pattern(entry.key), at: entry.key }))];
    }
    const objectKeys = (path.length === 0 && isCallTo(node, 'Object', 'keys')) || (key && isCallTo(node, 'Object', 'entries'));
    const object = objectKeys && isCall(node) ? node.arguments[0] : undefined;
    return object && object.type !== 'SpreadElement' && object.type !== 'ArgumentPlaceholder'
      ? this.objectKeyNames({ node: object, file })
      : undefined;
  }

  private elementsAt(elements: t.ArrayExpression['elements'], file: ParsedFile): EventName[] {
    return elements.flatMap((element) => {
      if (!element || element.type === 'SpreadElement') return [];
      const at = { node: element, file };
      return [{ ...this.pattern(at), at }];
    });
  }

  /** The keys of the object literals an expression holds, each at its key; `[Events.JOIN]` resolved. */
  private objectKeyNames(object: Located): EventName[][] | undefined {
    const literals = this.tracer.trace(object).filter((item) => item.kind === 'value' && item.node.type === 'ObjectExpression');
    if (literals.length === 0) return undefined;
    return literals.map((item) => {
      const node = item.kind === 'value' && item.node.type === 'ObjectExpression' ? item.node : undefined;
      const file = item.kind === 'value' ? item.file : object.file;
      return (node?.properties ?? []).flatMap((property): EventName[] => {
        if (property.type === 'SpreadElement') return [];
        const at = { node: property.key, file };
        const name = keyName(property.key, property.computed);
        return [name === undefined ? { ...this.pattern(at), at } : { text: name, dynamic: false, at }];
      });
    });
  }
}

function isStringLike(node: Node): boolean {
  return node.type === 'StringLiteral' || node.type === 'TemplateLiteral' || node.type === 'BinaryExpression';
}
