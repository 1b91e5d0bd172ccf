import type { Node } from 'web-tree-sitter';
import { attributeSource, identifierSources, isLocalName } from './bindings.js';
import type { ClassFacts, Scope, ScopedValue } from './facts.js';
import type { Project } from './project.js';
import { annotatedModel, type ModelField, modelClassAt, modelFields } from './pydantic-models.js';
import { literalString } from './string-literal.js';
import { identifierPath, unwrapParentheses } from './syntax-tree.js';

/** Methods that turn a model into a dict or its JSON text (Pydantic 2 and 1). */
const DUMP_METHODS = ['model_dump', 'model_dump_json', 'dict', 'json'];
/** Class methods that build an instance (`Progress.model_validate(data)`). */
const BUILDERS = ['model_validate', 'model_validate_json', 'model_construct', 'parse_obj', 'parse_raw', 'construct'];
/** Instance methods that return a copy of the same model. */
const COPIES = ['model_copy', 'copy'];
const MAX_DEPTH = 8;

/**
 * The keys of `instance.model_dump(...)` (or `.dict()`, `.json()`, `.model_dump_json()`) when the
 * instance is a scanned Pydantic model, sorted. A field holding a scanned model adds that model's
 * fields as `field.sub` when `nested` is set. Undefined when the call is no such dump or its keys
 * cannot be known (an unscanned base class, `include=` given as a variable, `**options`).
 */
export function modelDumpKeys(project: Project, call: Node, scope: Scope, nested: boolean): string[] | undefined {
  const callee = call.childForFieldName('function');
  const instance = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  const method = callee?.childForFieldName('attribute')?.text;
  if (!instance || method === undefined || !DUMP_METHODS.includes(method)) return undefined;
  const options = dumpOptions(call);
  const models = modelsOf(project, instance, scope, 0);
  if (!options || !models) return undefined;
  const keys = new Set<string>();
  for (const model of models) {
    const fields = modelFields(project, model);
    if (!fields) return undefined;
    for (const field of fields.filter((candidate) => options.keeps(candidate.name))) {
      const fieldKeys = dumpedKeys(project, field, options.byAlias, nested);
      if (!fieldKeys) return undefined;
      fieldKeys.forEach((key) => keys.add(key));
    }
  }
  return [...keys].sort();
}

/** The key a field is dumped under, and its model's fields below it. */
function dumpedKeys(project: Project, field: ModelField, byAlias: boolean, nested: boolean): string[] | undefined {
  const key = byAlias ? field.alias : field.name;
  if (key === undefined) return undefined;
  const below = nested && field.model ? modelFields(project, field.model) : undefined;
  const children = (below ?? []).map((child) => (byAlias ? child.alias : child.name));
  if (children.includes(undefined)) return [key];
  return [key, ...children.map((child) => `${key}.${child}`)];
}

interface DumpOptions {
  byAlias: boolean;
  keeps(field: string): boolean;
}

/** `by_alias=`, `include=` and `exclude=` as literals; undefined when any is not a literal. */
function dumpOptions(call: Node): DumpOptions | undefined {
  let byAlias = false;
  let include: Set<string> | undefined;
  let exclude = new Set<string>();
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument.type === 'comment') continue;
    if (argument.type !== 'keyword_argument') return undefined;
    const name = argument.childForFieldName('name')?.text;
    const value = argument.childForFieldName('value');
    if (!value) return undefined;
    if (name === 'by_alias') {
      if (value.type !== 'true' && value.type !== 'false') return undefined;
      byAlias = value.type === 'true';
    } else if (name === 'include' || name === 'exclude') {
      const names = literalNames(value);
      if (!names) return undefined;
      if (name === 'include') include = names;
      else exclude = names;
    }
  }
  return { byAlias, keeps: (field) => (include === undefined || include.has(field)) && !exclude.has(field) };
}

/** `{"a", "b"}`, `["a"]`, `{"a": True}`: the field names; undefined for anything else. */
function literalNames(value: Node): Set<string> | undefined {
  const expression = unwrapParentheses(value);
  if (expression.type === 'none') return new Set();
  if (!['set', 'list', 'tuple', 'dictionary'].includes(expression.type)) return undefined;
  const names = expression.namedChildren.map((element) =>
    literalString(element.type === 'pair' ? (element.childForFieldName('key') ?? element) : element),
  );
  return names.every((name) => name !== undefined) ? new Set(names as string[]) : undefined;
}

/**
 * The scanned models an expression holds: built by a constructor or a class method, copied from
 * another instance, or a parameter annotated with the model. Undefined when any value it may hold
 * is something else.
 */
function modelsOf(project: Project, node: Node, scope: Scope, depth: number): ClassFacts[] | undefined {
  const expression = unwrapParentheses(node);
  if (depth > MAX_DEPTH) return undefined;
  if (expression.type === 'call') return builtModels(project, expression, scope, depth);
  if (expression.type === 'identifier') return heldModels(project, expression, scope, depth);
  const path = expression.type === 'attribute' ? identifierPath(expression) : undefined;
  const source = path ? attributeSource(project, scope, path) : undefined;
  return source?.kind === 'outer' ? valuesModels(project, source.values, depth) : undefined;
}

function builtModels(project: Project, call: Node, scope: Scope, depth: number): ClassFacts[] | undefined {
  const callee = call.childForFieldName('function');
  if (!callee) return undefined;
  const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const owner = callee.childForFieldName('object');
  if (owner && method !== undefined && COPIES.includes(method)) return modelsOf(project, owner, scope, depth + 1);
  const classExpression = owner && method !== undefined && BUILDERS.includes(method) ? owner : callee;
  const path = identifierPath(classExpression);
  if (!path?.[0] || isLocalName(scope, path[0])) return undefined;
  const model = modelClassAt(project, scope.module, path);
  return model ? [model] : undefined;
}

function heldModels(project: Project, use: Node, scope: Scope, depth: number): ClassFacts[] | undefined {
  return allModels(
    identifierSources(project, scope, use).map((source) => {
      if (source.kind === 'local') return valuesModels(project, source.values.map((node) => ({ node, scope })), depth);
      if (source.kind === 'outer') return valuesModels(project, source.values, depth);
      const annotation = scope.parameters[source.index]?.annotation;
      const model = annotation ? annotatedModel(project, scope, annotation) : undefined;
      return model ? [model] : undefined;
    }),
  );
}

function valuesModels(project: Project, values: readonly ScopedValue[], depth: number): ClassFacts[] | undefined {
  return allModels(values.map((value) => modelsOf(project, value.node, value.scope, depth + 1)));
}

/** The models of every possible value; undefined when there is none or any of them is not a model. */
function allModels(found: ReadonlyArray<ClassFacts[] | undefined>): ClassFacts[] | undefined {
  if (found.length === 0 || found.includes(undefined)) return undefined;
  return [...new Set(found.flatMap((models) => models ?? []))];
}
