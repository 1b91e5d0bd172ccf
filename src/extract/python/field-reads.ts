import type { Node } from 'web-tree-sitter';
import type { FieldRead } from '../../model/site.js';
import { callFactAt } from './call-arguments.js';
import type { CallFact, CallTarget, Scope } from './facts.js';
import { compareLocations, compareStrings } from '../../util/compare.js';
import { literalString } from './string-literal.js';
import { forEachInScope, identifierPath, operatorText, scopeBody } from './syntax-tree.js';

/** A variable holding a received message, and the code in which it holds it. */
export interface MessageHolder {
  name: string;
  scope: Scope;
  /** Where to look: a branch's condition and body, or a whole function body. */
  region: readonly Node[];
}

export interface ReadOptions {
  /** The key naming the message type (`type`): reading it is dispatching, not reading the payload. */
  typeKey?: string;
  /** Also read in the scanned functions the message is passed to, one call deep. */
  followCalls: boolean;
}

/** Methods that read one key of a dict: `data.get("room")`, `data.pop("room", None)`. */
const KEY_METHODS = ['get', 'pop'];

/**
 * The fields the code reads from the message: `m["a"]`, `m.get("a")`, chains (`m["a"]["b"]` is
 * `a.b`, placed at `"b"`), and variables taken from it (`p = m.get("payload", {})`, then
 * `p["room"]` is `payload.room`). With `followCalls`, also the reads of the parameter a called
 * function receives the message in. Reads after the variable is assigned something else are not
 * the message's. Sorted by file, line and column; one entry per read.
 */
export function fieldsReadBy(holder: MessageHolder, options: ReadOptions): FieldRead[] {
  const reads = new Map<string, FieldRead>();
  collectReads(holder, options, { prefix: [], after: -1 }, reads);
  return [...reads.values()].sort(compareReads);
}

/**
 * Reads of the parameter a function receives at `index` (bound `self` included). `[]` when the
 * function takes no such parameter (it never looks at the message); undefined when it takes it
 * through `*args`.
 */
export function parameterFieldsRead(scope: Scope, index: number, options: ReadOptions): FieldRead[] | undefined {
  const parameter = scope.parameters[index];
  const body = scopeBody(scope.node);
  if (parameter?.positional && body) return fieldsReadBy({ name: parameter.name, scope, region: [body] }, options);
  return takesStarArgs(scope) ? undefined : [];
}

/** The union of several handlers' reads; undefined when none of them could be read. */
export function mergeFieldsRead(lists: ReadonlyArray<readonly FieldRead[] | undefined>): FieldRead[] | undefined {
  const known = lists.filter((list): list is readonly FieldRead[] => list !== undefined);
  if (known.length === 0) return undefined;
  const unique = new Map(known.flat().map((read) => [readKey(read), read]));
  return [...unique.values()].sort(compareReads);
}

interface Position {
  /** The path of the holder's value inside the message (`payload` for `p = m["payload"]`). */
  prefix: readonly string[];
  /** Only code after this offset reads the holder (a variable taken from the message). */
  after: number;
}

function collectReads(
  holder: MessageHolder,
  options: ReadOptions,
  position: Position,
  reads: Map<string, FieldRead>,
): void {
  const until = reassignedAt(holder, position.after);
  for (const root of holder.region) {
    forEachNode(root, (node) => {
      if (node.type !== 'identifier' || node.text !== holder.name || !isRead(node)) return;
      if (node.startIndex <= position.after || node.startIndex >= until) return;
      readFrom(holder, options, position, node, reads);
    });
  }
}

function readFrom(
  holder: MessageHolder,
  options: ReadOptions,
  position: Position,
  use: Node,
  reads: Map<string, FieldRead>,
): void {
  const chain = keyChain(use);
  const path = [...position.prefix, ...chain.keys];
  if (chain.lastKey && path.join('.') !== options.typeKey) {
    const read = fieldRead(holder.scope, path.join('.'), chain.lastKey);
    reads.set(readKey(read), read);
  }
  const alias = assignedName(chain.end);
  if (alias) {
    const aliasHolder = { ...holder, name: alias.text };
    collectReads(aliasHolder, options, { prefix: path, after: chain.end.endIndex }, reads);
  } else if (chain.keys.length === 0 && options.followCalls && position.prefix.length === 0) {
    for (const receiver of receivingParameters(holder.scope, use)) {
      collectReads(receiver, { ...options, followCalls: false }, { prefix: [], after: -1 }, reads);
    }
  }
}

interface KeyChain {
  keys: string[];
  /** The last key's string literal, where the read is placed. */
  lastKey?: Node;
  /** The whole chain expression. */
  end: Node;
}

/** `m["a"].get("b", {})["c"]` read from `m`: keys `a`, `b`, `c`; stops at the first non-literal key. */
function keyChain(use: Node): KeyChain {
  const chain: KeyChain = { keys: [], end: use };
  for (;;) {
    const step = subscriptStep(chain.end) ?? keyMethodStep(chain.end);
    if (!step) return chain;
    chain.keys.push(step.key);
    chain.lastKey = step.keyNode;
    chain.end = withFallback(step.expression);
  }
}

interface ChainStep {
  key: string;
  keyNode: Node;
  expression: Node;
}

function subscriptStep(object: Node): ChainStep | undefined {
  const parent = object.parent;
  if (parent?.type !== 'subscript' || !isField(parent, 'value', object)) return undefined;
  const [keyNode, ...more] = parent.childrenForFieldName('subscript');
  const key = keyNode && more.length === 0 ? literalString(keyNode) : undefined;
  return keyNode && key !== undefined ? { key, keyNode, expression: parent } : undefined;
}

function keyMethodStep(object: Node): ChainStep | undefined {
  const method = object.parent;
  const call = method?.parent;
  if (method?.type !== 'attribute' || !isField(method, 'object', object) || call?.type !== 'call') return undefined;
  if (!KEY_METHODS.includes(method.childForFieldName('attribute')?.text ?? '') || !isField(call, 'function', method)) {
    return undefined;
  }
  const keyNode = call.childForFieldName('arguments')?.namedChildren[0];
  const key = keyNode ? literalString(keyNode) : undefined;
  return keyNode && key !== undefined ? { key, keyNode, expression: call } : undefined;
}

/** `(m.get("payload") or {})` is still the payload. */
function withFallback(expression: Node): Node {
  const operator = expression.parent;
  const fallback = operator?.namedChildren[1];
  const isOrEmpty =
    operator?.type === 'boolean_operator' &&
    operatorText(operator) === 'or' &&
    operator.namedChildren[0]?.equals(expression) === true &&
    (fallback?.type === 'dictionary' || fallback?.type === 'list');
  if (!operator || !isOrEmpty) return expression;
  return operator.parent?.type === 'parenthesized_expression' ? operator.parent : operator;
}

/** `name = <expression>`: the variable now holding the expression's value. */
function assignedName(expression: Node): Node | undefined {
  const assignment = expression.parent;
  if (assignment?.type !== 'assignment' || !isField(assignment, 'right', expression)) return undefined;
  const left = assignment.childForFieldName('left');
  return left?.type === 'identifier' ? left : undefined;
}

/** The parameters that receive the message where it is passed whole to a scanned function. */
function receivingParameters(scope: Scope, use: Node): MessageHolder[] {
  const argument = use.parent?.type === 'keyword_argument' ? use.parent : use;
  const call = argument.parent?.type === 'argument_list' ? argument.parent.parent : undefined;
  const fact = call?.type === 'call' ? callFactAt(scope, call) : undefined;
  if (!fact) return [];
  return fact.targets.flatMap((target) => {
    const parameter = target.scope.parameters[parameterIndex(fact, target, argument)];
    const body = scopeBody(target.scope.node);
    return parameter && body ? [{ name: parameter.name, scope: target.scope, region: [body] }] : [];
  });
}

function parameterIndex(call: CallFact, target: CallTarget, argument: Node): number {
  if (argument.type === 'keyword_argument') {
    const keyword = argument.childForFieldName('name')?.text;
    return target.scope.parameters.findIndex((parameter) => parameter.name === keyword);
  }
  const position = call.positional.findIndex((passed) => passed.equals(argument));
  const index = position < 0 ? -1 : position + target.boundParameters;
  return target.scope.parameters[index]?.positional ? index : -1;
}

/**
 * Where the holder stops holding the message: the end of the first later assignment to it,
 * except `m = json.loads(m)`, which still holds it.
 */
function reassignedAt(holder: MessageHolder, after: number): number {
  const start = Math.max(after, holder.region[0]?.startIndex ?? 0);
  const end = holder.region.at(-1)?.endIndex ?? 0;
  const ends = (holder.scope.assignments.get(holder.name) ?? [])
    .map((assignment) => assignment.value)
    .filter((value) => value.startIndex > start && value.startIndex < end && !isParsed(value, holder.name))
    .map((value) => value.endIndex);
  return Math.min(Number.POSITIVE_INFINITY, ...ends);
}

function isParsed(value: Node, name: string): boolean {
  const callee = value.type === 'call' ? value.childForFieldName('function') : null;
  const [argument] = value.childForFieldName('arguments')?.namedChildren ?? [];
  return callee !== null && identifierPath(callee)?.at(-1) === 'loads' && argument?.text === name;
}

/** An identifier that reads the variable: not an attribute name, a keyword name or an assignment target. */
function isRead(identifier: Node): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === 'attribute') return !isField(parent, 'attribute', identifier);
  if (parent.type === 'keyword_argument') return !isField(parent, 'name', identifier);
  if (parent.type === 'assignment' || parent.type === 'augmented_assignment') {
    return !isField(parent, 'left', identifier);
  }
  return !['parameters', 'lambda_parameters', 'default_parameter', 'typed_parameter'].includes(parent.type);
}

function isField(parent: Node, field: string, child: Node): boolean {
  return parent.childForFieldName(field)?.equals(child) === true;
}

function forEachNode(root: Node, visit: (node: Node) => void): void {
  visit(root);
  forEachInScope(root, visit);
}

function takesStarArgs(scope: Scope): boolean {
  return (scope.node.childForFieldName('parameters')?.namedChildren ?? []).some((parameter) => {
    const named = parameter.type === 'typed_parameter' ? parameter.namedChildren[0] : parameter;
    return named?.type === 'list_splat_pattern';
  });
}

function fieldRead(scope: Scope, field: string, keyNode: Node): FieldRead {
  return {
    file: scope.module.file.path,
    line: keyNode.startPosition.row + 1,
    column: keyNode.startPosition.column + 1,
    field,
  };
}

function readKey(read: FieldRead): string {
  return [read.file, read.line, read.column, read.field].join('\0');
}

function compareReads(a: FieldRead, b: FieldRead): number {
  return compareLocations(a, b) || compareStrings(a.field, b.field);
}
