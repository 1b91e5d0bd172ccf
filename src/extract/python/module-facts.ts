import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../../model/source-file.js';
import { calledMethod } from './called-method.js';
import type { Assignment, CallFact, ClassFacts, ImportTarget, ModuleFacts, Parameter, Scope } from './facts.js';
import { append } from '../../util/map-lists.js';
import { literalString } from './string-literal.js';
import { RecordedCall } from './recorded-call.js';
import { ScopeWalk } from './scope-walk.js';
import { compactText, isLambdaWithParameters, unwrapParentheses } from './syntax-tree.js';

type ScopeShape = Pick<Scope, 'name' | 'ownerClass' | 'parent' | 'parameters' | 'boundParameters' | 'decorators'>;

/** The node types `recordNode` records; the walk passes over the others. */
const RECORDED_TYPES = [
  'function_definition',
  'class_definition',
  'lambda',
  'assignment',
  'for_statement',
  'call',
  'import_statement',
  'import_from_statement',
];

/** The facts pass for one module: scopes, assignments, calls, classes and imports. No resolution. */
export function collectModuleFacts(file: SourceFile, root: Node): ModuleFacts {
  // The module and its top-level scope point at each other; the scope is attached right below.
  const module = { file, scopes: [], classes: new Map(), imports: new Map() } as unknown as ModuleFacts;
  const walk = new ScopeWalk(root, RECORDED_TYPES);
  module.scope = collectScope(walk, module, root, root, { parameters: [], boundParameters: 0, decorators: [] });
  return module;
}

function collectScope(walk: ScopeWalk, module: ModuleFacts, node: Node, body: Node | null, shape: ScopeShape): Scope {
  const scope: Scope = {
    module,
    node,
    ...shape,
    assignments: new Map(),
    keyAdditions: new Map(),
    calls: [],
    loops: [],
    functions: new Map(),
  };
  module.scopes.push(scope);
  if (body) walk.forEachInScope(body, (child, type) => recordNode(walk, scope, child, type));
  return scope;
}

function recordNode(walk: ScopeWalk, scope: Scope, node: Node, type: string): void {
  switch (type) {
    case 'function_definition': {
      const definition = collectFunction(walk, scope, node);
      scope.functions.set(definition.name ?? '', definition);
      break;
    }
    case 'class_definition':
      collectClass(walk, scope, node);
      break;
    case 'lambda':
      collectLambda(walk, scope, node);
      break;
    case 'assignment':
      recordAssignment(scope, node);
      break;
    case 'for_statement':
      recordLoop(scope, node);
      break;
    case 'call':
      recordCall(scope, node);
      break;
    case 'import_statement':
    case 'import_from_statement':
      recordImports(scope.module, node);
      break;
    default:
      break;
  }
}

function functionName(definition: Node): string {
  return definition.childForFieldName('name')?.text ?? '';
}

function collectFunction(walk: ScopeWalk, parent: Scope, definition: Node, methodOf?: ClassFacts): Scope {
  const name = functionName(definition);
  const decorators = decoratorExpressions(definition);
  const bindsFirstParameter =
    methodOf !== undefined && !decorators.some((decorator) => compactText(decorator) === 'staticmethod');
  return collectScope(walk, parent.module, definition, definition.childForFieldName('body'), {
    name: methodOf ? `${methodOf.name}.${name}` : name,
    ownerClass: methodOf ?? parent.ownerClass,
    parent,
    parameters: readParameters(definition.childForFieldName('parameters')),
    boundParameters: bindsFirstParameter ? 1 : 0,
    decorators,
  });
}

/** A lambda with parameters (`lambda evt: ws.send_json(evt)`) is a function its callers fill in. */
function collectLambda(walk: ScopeWalk, parent: Scope, lambda: Node): void {
  const body = lambda.childForFieldName('body');
  if (!isLambdaWithParameters(lambda) || !body) return;
  const scope = collectScope(walk, parent.module, lambda, null, {
    name: parent.name ?? '<lambda>',
    ownerClass: parent.ownerClass,
    parent,
    parameters: readParameters(lambda.childForFieldName('parameters')),
    boundParameters: 0,
    decorators: [],
  });
  walk.forEachInScope(body, (child, type) => recordNode(walk, scope, child, type));
}

function decoratorExpressions(definition: Node): Node[] {
  const decorated = definition.parent;
  if (decorated?.type !== 'decorated_definition') return [];
  return decorated.namedChildren
    .filter((child) => child.type === 'decorator')
    .flatMap((decorator) => decorator.namedChildren.filter((child) => child.type !== 'comment').slice(0, 1));
}

/** The parameter nodes with a `type` field; asking the others for it would be a call into WebAssembly for nothing. */
const TYPED_PARAMETERS = ['typed_parameter', 'typed_default_parameter'];

function readParameters(list: Node | null): Parameter[] {
  const parameters: Parameter[] = [];
  let positional = true;
  for (const node of list?.namedChildren ?? []) {
    const type = node.type;
    const named = type === 'typed_parameter' ? node.namedChildren[0] : node;
    if (!named) continue;
    const annotation = TYPED_PARAMETERS.includes(type) ? (node.childForFieldName('type') ?? undefined) : undefined;
    const typed = annotation ? { annotation } : {};
    const namedType = named === node ? type : named.type;
    if (namedType === 'identifier') {
      parameters.push({ name: named.text, positional, ...typed });
    } else if (namedType === 'default_parameter' || namedType === 'typed_default_parameter') {
      const name = named.childForFieldName('name')?.text ?? '';
      const defaultValue = named.childForFieldName('value') ?? undefined;
      parameters.push({ name, positional, ...(defaultValue ? { defaultValue } : {}), ...typed });
    } else if (namedType === 'list_splat_pattern' || namedType === 'keyword_separator') {
      positional = false;
    }
  }
  return parameters;
}

function collectClass(walk: ScopeWalk, scope: Scope, definition: Node): void {
  const superclasses = definition.childForFieldName('superclasses')?.namedChildren ?? [];
  const facts: ClassFacts = {
    name: functionName(definition),
    node: definition,
    module: scope.module,
    definedIn: scope,
    bases: superclasses.filter((base) => base.type !== 'keyword_argument' && base.type !== 'comment'),
    methods: new Map(),
    attributes: new Map(),
    instanceAttributes: new Map(),
  };
  if (!scope.module.classes.has(facts.name)) scope.module.classes.set(facts.name, facts);
  for (const statement of definition.childForFieldName('body')?.namedChildren ?? []) {
    const member = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (statement.type === 'decorated_definition') recordDecoratorCalls(walk, scope, statement);
    if (member?.type === 'function_definition') {
      facts.methods.set(functionName(member), collectFunction(walk, scope, member, facts));
    } else if (member?.type === 'class_definition') {
      collectClass(walk, scope, member);
    } else if (member?.type === 'expression_statement') {
      recordClassAttribute(scope, facts, member.namedChildren[0]);
    }
  }
}

/** A method's decorators run when the class is built, with the names of the scope around the class. */
function recordDecoratorCalls(walk: ScopeWalk, scope: Scope, decorated: Node): void {
  for (const decorator of decorated.namedChildren.filter((child) => child.type === 'decorator')) {
    walk.forEachInScope(decorator, (node, type) => recordNode(walk, scope, node, type));
  }
}

/** Class bodies read names from the scope around the class, which is where values are evaluated. */
function recordClassAttribute(scope: Scope, facts: ClassFacts, statement: Node | undefined): void {
  if (statement?.type !== 'assignment') return;
  const left = statement.childForFieldName('left');
  const value = assignedValue(statement);
  if (left?.type === 'identifier' && value) append(facts.attributes, left.text, { node: value, scope });
}

/** The value of `a = b = value`: the innermost right-hand side. */
function assignedValue(assignment: Node): Node | undefined {
  let value = assignment.childForFieldName('right');
  while (value?.type === 'assignment') value = value.childForFieldName('right');
  return value ?? undefined;
}

function recordAssignment(scope: Scope, node: Node): void {
  const left = node.childForFieldName('left');
  const value = assignedValue(node);
  if (!left || !value) return;
  if (left.type === 'identifier') {
    append(scope.assignments, left.text, { value, at: value.startIndex } satisfies Assignment);
  } else if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
    recordUnpacking(scope, left, value);
  } else if (left.type === 'subscript') {
    recordKeyAssignment(scope, left, value);
  } else if (left.type === 'attribute') {
    recordInstanceAttribute(scope, left, value);
  }
}

/**
 * `a, b = x, y` assigns each element. `event, data = await queue.get()` assigns each name its own
 * target node, which the evaluators read as "this position of the right-hand side".
 */
function recordUnpacking(scope: Scope, targets: Node, value: Node): void {
  const values = unwrapParentheses(value).namedChildren;
  const names = targets.namedChildren;
  if (names.length !== values.length || !['tuple', 'list', 'expression_list'].includes(unwrapParentheses(value).type)) {
    for (const name of names.filter((target) => target.type === 'identifier')) {
      append(scope.assignments, name.text, { value: name, at: name.startIndex });
    }
    return;
  }
  names.forEach((name, index) => {
    const element = values[index];
    if (name.type === 'identifier' && element) {
      append(scope.assignments, name.text, { value: element, at: element.startIndex });
    }
  });
}

function recordKeyAssignment(scope: Scope, target: Node, value: Node): void {
  const dict = target.childForFieldName('value');
  const keyNode = target.childForFieldName('subscript');
  const key = keyNode ? literalString(keyNode) : undefined;
  if (dict?.type === 'identifier' && key !== undefined) append(scope.keyAdditions, dict.text, { key, value });
}

function recordInstanceAttribute(scope: Scope, target: Node, value: Node): void {
  const object = target.childForFieldName('object');
  const name = target.childForFieldName('attribute');
  if (scope.ownerClass && object?.text === 'self' && name) {
    append(scope.ownerClass.instanceAttributes, name.text, { node: value, scope });
  }
}

/** `for name in ("a", "b"):` also assigns each element in turn. */
function recordLoop(scope: Scope, loop: Node): void {
  const left = loop.childForFieldName('left');
  const right = loop.childForFieldName('right');
  if (!left || !right) return;
  scope.loops.push({ target: left, iterable: right, isAsync: loop.firstChild?.type === 'async' });
  if (left.type !== 'identifier' || !['tuple', 'list', 'set'].includes(right.type)) return;
  for (const element of right.namedChildren) {
    append(scope.assignments, left.text, { value: element, at: left.startIndex });
  }
}

function recordCall(scope: Scope, node: Node): void {
  const callee = node.childForFieldName('function');
  if (!callee) return;
  const calleeType = callee.type;
  const call = new RecordedCall(node, callee, calleeType, calledMethod(callee, calleeType), scope);
  scope.calls.push(call);
  recordUpdateCall(scope, call);
}

/** `msg.update({"k": v})` / `msg.update(k=v)` add keys to the dict held by `msg`. */
function recordUpdateCall(scope: Scope, call: CallFact): void {
  // For a callee `x.update`, the called method is the callee itself.
  if (call.calleeType !== 'attribute' || call.method?.name !== 'update') return;
  const object = call.method.receiver;
  if (object.type !== 'identifier') return;
  for (const [key, value] of call.keywords) append(scope.keyAdditions, object.text, { key, value });
  const dict = call.positional[0];
  if (dict?.type !== 'dictionary') return;
  for (const pair of dict.namedChildren) {
    const keyNode = pair.childForFieldName('key');
    const key = keyNode ? literalString(keyNode) : undefined;
    const value = pair.childForFieldName('value');
    if (key !== undefined && value) append(scope.keyAdditions, object.text, { key, value });
  }
}

function recordImports(module: ModuleFacts, statement: Node): void {
  const from = statement.childForFieldName('module_name');
  const target = from ? importTarget(from) : undefined;
  for (const imported of statement.childrenForFieldName('name')) {
    const aliased = imported.type === 'aliased_import';
    const nameNode = aliased ? imported.childForFieldName('name') : imported;
    const parts = nameNode ? dottedParts(nameNode) : [];
    const alias = aliased ? imported.childForFieldName('alias')?.text : undefined;
    if (parts.length === 0) continue;
    if (target) {
      module.imports.set(alias ?? parts.join('.'), { kind: 'member', target, name: parts.join('.') });
    } else {
      module.imports.set(alias ?? parts.join('.'), { kind: 'module', target: { level: 0, parts } });
    }
  }
}

function importTarget(moduleName: Node): ImportTarget {
  if (moduleName.type !== 'relative_import') return { level: 0, parts: dottedParts(moduleName) };
  const prefix = moduleName.namedChildren.find((child) => child.type === 'import_prefix');
  const dotted = moduleName.namedChildren.find((child) => child.type === 'dotted_name');
  return { level: prefix?.text.length ?? 1, parts: dotted ? dottedParts(dotted) : [] };
}

function dottedParts(node: Node): string[] {
  return node.type === 'dotted_name' ? node.namedChildren.map((part) => part.text) : [node.text];
}
