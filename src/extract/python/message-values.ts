import type { Node } from 'web-tree-sitter';
import { attributeSource, identifierSources } from './bindings.js';
import type { KeyAddition, Scope, ScopedValue } from './facts.js';
import { type ItemSelector, itemValues, subscriptSelection, unpackedFrom } from './container-items.js';
import { modelDumpKeys } from './model-dumps.js';
import type { Project } from './project.js';
import { queuedItems } from './queue-hand-offs.js';
import { literalString } from './string-literal.js';
import { identifierPath, unwrapParentheses } from './syntax-tree.js';

/** The expression holding a message's event name, with the scope it is read in. */
export interface TypeValue {
  node: Node;
  scope: Scope;
}

/**
 * What an expression sent as a whole message can be: a dict whose name sits at `typeValues`
 * (several when branches differ), or a parameter of `scope` (the function's own, or that of the
 * function that put the message on a queue), filled in by its callers.
 * Anything else (a call result, a string) has no name this extractor can see.
 */
export type MessageOutcome = DictOutcome | { kind: 'parameter'; index: number; scope: Scope };

export interface DictOutcome {
  kind: 'dict';
  typeValues: TypeValue[];
  /**
   * The other string keys (sorted later). A value that is itself a dict (a literal, a variable
   * holding one, a model dump) adds its keys one level down as `key.child`.
   */
  keys: Set<string>;
  /** `{**payload, ...}` with `payload` a parameter: the caller's dict supplies the rest. */
  spreadParameters: number[];
}

const MAX_DEPTH = 16;

/** `typeKey` undefined: the dict is plain data (a Socket.IO payload); every key is a payload key. */
export function evaluateMessage(
  project: Project,
  expression: Node,
  scope: Scope,
  typeKey: string | undefined,
): MessageOutcome[] {
  return new MessageEvaluator(project, typeKey, true).evaluate(expression, scope, 0);
}

class MessageEvaluator {
  constructor(
    private readonly project: Project,
    private readonly typeKey: string | undefined,
    /** False for a value inside a message: its own dicts are one level too deep to list. */
    private readonly nested: boolean,
  ) {}

  evaluate(node: Node, scope: Scope, depth: number): MessageOutcome[] {
    const expression = unwrapParentheses(node);
    if (depth > MAX_DEPTH) return [];
    switch (expression.type) {
      case 'dictionary':
        return [this.dictionary(expression, scope, depth)];
      case 'call':
        return this.call(expression, scope, depth);
      case 'identifier': {
        const unpacked = unpackedFrom(expression);
        if (unpacked) return this.item(unpacked.value, unpacked.index, scope, depth);
        return this.identifier(expression, scope, depth);
      }
      case 'subscript': {
        const selection = subscriptSelection(expression);
        return selection ? this.item(selection.container, selection.selector, scope, depth) : [];
      }
      case 'await':
        return expression.namedChildren[0] ? this.evaluate(expression.namedChildren[0], scope, depth + 1) : [];
      case 'attribute':
        return this.attribute(expression, scope, depth);
      case 'conditional_expression': {
        const [consequence, , alternative] = expression.namedChildren;
        return [consequence, alternative].flatMap((branch) => (branch ? this.evaluate(branch, scope, depth + 1) : []));
      }
      case 'boolean_operator':
        return expression.namedChildren.flatMap((operand) => this.evaluate(operand, scope, depth + 1));
      default:
        return [];
    }
  }

  private dictionary(dict: Node, scope: Scope, depth: number): DictOutcome {
    const outcome: DictOutcome = { kind: 'dict', typeValues: [], keys: new Set(), spreadParameters: [] };
    for (const entry of dict.namedChildren) {
      if (entry.type === 'pair') {
        const keyNode = entry.childForFieldName('key');
        const value = entry.childForFieldName('value');
        if (keyNode && value) this.addEntry(outcome, literalString(keyNode), value, scope, depth);
      } else if (entry.type === 'dictionary_splat' && entry.namedChildren[0]) {
        this.spread(outcome, this.evaluate(entry.namedChildren[0], scope, depth + 1));
      }
    }
    return outcome;
  }

  /** Later entries win, as in Python: a later `"type"` replaces an earlier one. */
  private addEntry(outcome: DictOutcome, key: string | undefined, value: Node, scope: Scope, depth: number): void {
    if (key === undefined) return;
    if (key === this.typeKey) {
      outcome.typeValues = [{ node: value, scope }];
      return;
    }
    outcome.keys.add(key);
    if (this.nested) this.childKeys(value, scope, depth).forEach((child) => outcome.keys.add(`${key}.${child}`));
  }

  /**
   * The keys of a dict value, when every value it may hold is a dict whose keys are all seen;
   * a value that may come from a parameter has keys only its callers know, so none are listed.
   */
  private childKeys(value: Node, scope: Scope, depth: number): string[] {
    const outcomes = new MessageEvaluator(this.project, undefined, false).evaluate(value, scope, depth + 1);
    const complete = outcomes.every((outcome) => outcome.kind === 'dict' && outcome.spreadParameters.length === 0);
    if (!complete) return [];
    return [...new Set(outcomes.flatMap((outcome) => (outcome.kind === 'dict' ? [...outcome.keys] : [])))];
  }

  private spread(outcome: DictOutcome, spread: readonly MessageOutcome[]): void {
    const spreadTypes: TypeValue[] = [];
    for (const part of spread) {
      if (part.kind === 'parameter') {
        outcome.spreadParameters.push(part.index);
        continue;
      }
      part.keys.forEach((key) => outcome.keys.add(key));
      spreadTypes.push(...part.typeValues);
    }
    if (spreadTypes.length > 0) outcome.typeValues = spreadTypes;
  }

  /**
   * `json.dumps(message)` and `json.loads(text)` carry the message; `dict(type=..., k=...)` is a dict; a scanned
   * Pydantic model's `model_dump()` has its fields as keys.
   */
  private call(call: Node, scope: Scope, depth: number): MessageOutcome[] {
    const callee = call.childForFieldName('function');
    const argumentList = call.childForFieldName('arguments');
    const [first] = argumentList?.namedChildren ?? [];
    const queued = queuedItems(this.project, call, scope);
    if (queued) return queued.flatMap((item) => this.evaluate(item.node, item.scope, depth + 1));
    const calleeName = callee ? identifierPath(callee)?.at(-1) : undefined;
    if ((calleeName === 'dumps' || calleeName === 'loads') && first) return this.evaluate(first, scope, depth + 1);
    const dumped = modelDumpKeys(this.project, call, scope, this.nested);
    if (dumped) return [this.modelDump(dumped)];
    if (callee?.type !== 'identifier' || callee.text !== 'dict' || !argumentList) return [];
    const outcome: DictOutcome = { kind: 'dict', typeValues: [], keys: new Set(), spreadParameters: [] };
    for (const argument of argumentList.namedChildren) {
      const value = argument.childForFieldName('value');
      if (argument.type === 'keyword_argument' && value) {
        this.addEntry(outcome, argument.childForFieldName('name')?.text, value, scope, depth);
      } else if (argument.type !== 'keyword_argument' && argument.type !== 'comment') {
        const source = argument.type === 'dictionary_splat' ? argument.namedChildren[0] : argument;
        if (source) this.spread(outcome, this.evaluate(source, scope, depth + 1));
      }
    }
    return [outcome];
  }

  /** A model's type field holds no name this extractor reads, so a dumped message has none. */
  private modelDump(keys: readonly string[]): DictOutcome {
    const { typeKey } = this;
    const isTypeKey = (key: string) => typeKey !== undefined && (key === typeKey || key.startsWith(`${typeKey}.`));
    return { kind: 'dict', typeValues: [], keys: new Set(keys.filter((key) => !isTypeKey(key))), spreadParameters: [] };
  }

  private identifier(use: Node, scope: Scope, depth: number): MessageOutcome[] {
    const outcomes = identifierSources(this.project, scope, use).flatMap((source): MessageOutcome[] => {
      if (source.kind === 'parameter') return [{ kind: 'parameter', index: source.index, scope }];
      if (source.kind === 'local') return source.values.flatMap((value) => this.evaluate(value, scope, depth + 1));
      return this.outerDicts(source.values, depth);
    });
    return this.withAddedKeys(outcomes, scope.keyAdditions.get(use.text) ?? [], scope, depth);
  }

  /** `msg["k"] = v` and `msg.update(...)` anywhere in the function add keys to every dict `msg` holds. */
  private withAddedKeys(
    outcomes: MessageOutcome[],
    additions: readonly KeyAddition[],
    scope: Scope,
    depth: number,
  ): MessageOutcome[] {
    if (additions.length === 0) return outcomes;
    const dicts = outcomes.filter((outcome): outcome is DictOutcome => outcome.kind === 'dict');
    if (dicts.length === 0 && additions.some((addition) => addition.key === this.typeKey)) {
      const built: DictOutcome = { kind: 'dict', typeValues: [], keys: new Set(), spreadParameters: [] };
      dicts.push(built);
      outcomes.push(built);
    }
    for (const dict of dicts) {
      for (const addition of additions) this.addEntry(dict, addition.key, addition.value, scope, depth);
    }
    return outcomes;
  }

  /** A tuple element or dict entry of a value, or of what was put on the queue it was taken from. */
  private item(container: Node, selector: ItemSelector, scope: Scope, depth: number): MessageOutcome[] {
    const values = itemValues(this.project, container, scope, selector) ?? [];
    return values.flatMap((value) => this.evaluate(value.node, value.scope, depth + 1));
  }

  private attribute(expression: Node, scope: Scope, depth: number): MessageOutcome[] {
    const path = identifierPath(expression);
    const source = path ? attributeSource(this.project, scope, path) : undefined;
    return source?.kind === 'outer' ? this.outerDicts(source.values, depth) : [];
  }

  /** A dict shared from another scope; that scope's parameters mean nothing here. */
  private outerDicts(values: readonly ScopedValue[], depth: number): MessageOutcome[] {
    return values
      .flatMap((value) => this.evaluate(value.node, value.scope, depth + 1))
      .filter((outcome) => outcome.kind === 'dict');
  }
}
