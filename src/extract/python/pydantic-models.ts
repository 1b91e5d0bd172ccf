import type { Node } from 'web-tree-sitter';
import { isLocalName } from './bindings.js';
import { derivesFrom, scannedAncestors } from './class-ancestry.js';
import { externalName, isOneOf } from './external-names.js';
import type { ClassFacts, ModuleFacts } from './facts.js';
import type { Project } from './project.js';
import { literalString } from './string-literal.js';
import { lookupGlobalPath } from './symbols.js';
import { compactText, identifierPath } from './syntax-tree.js';

const MODEL_BASES = ['pydantic.BaseModel', 'pydantic.v1.BaseModel', 'sqlmodel.SQLModel'];
/** Bases that add no fields of their own (`class Page(BaseModel, Generic[T])`). */
const FIELDLESS_BASES = [...MODEL_BASES, 'typing.Generic', 'typing_extensions.Generic'];

/** A model's fields: the name each one is dumped under, by default and with `by_alias=True`. */
export interface ModelField {
  name: string;
  /** Undefined when an alias generator decides it (not readable here). */
  alias: string | undefined;
  /** The scanned model the field holds (`stats: Stats`), when its annotation names one. */
  model?: ClassFacts;
}

/** The scanned Pydantic model a name or dotted path in `module` refers to. */
export function modelClassAt(project: Project, module: ModuleFacts, path: readonly string[]): ClassFacts | undefined {
  const symbol = lookupGlobalPath(project, module, path);
  return symbol?.kind === 'class' && derivesFrom(project, symbol.facts, MODEL_BASES) ? symbol.facts : undefined;
}

/** The model class an annotation (`Progress`, `"Progress"`, `schemas.Progress`) names. */
export function annotatedModel(
  project: Project,
  at: { module: ModuleFacts },
  annotation: Node,
): ClassFacts | undefined {
  const written = annotation.type === 'type' ? annotation.namedChildren[0] : annotation;
  const quoted = written ? literalString(written) : undefined;
  const path = quoted !== undefined ? quoted.split('.') : written ? identifierPath(written) : undefined;
  return path ? modelClassAt(project, at.module, path) : undefined;
}

/**
 * Every field of a scanned model, inherited ones and `@computed_field` properties included.
 * Undefined when a base class outside the scanned code may add fields nobody can see.
 */
export function modelFields(project: Project, model: ClassFacts): ModelField[] | undefined {
  const classes = [model, ...scannedAncestors(project, model)];
  if (!classes.every((facts) => facts.bases.every((base) => isKnownBase(project, facts, base)))) return undefined;
  const generated = classes.some(hasAliasGenerator);
  const fields = new Map<string, ModelField>();
  for (const facts of [...classes].reverse()) {
    for (const field of declaredFields(project, facts, generated)) fields.set(field.name, field);
  }
  return [...fields.values()];
}

function isKnownBase(project: Project, facts: ClassFacts, base: Node): boolean {
  const written = base.type === 'subscript' ? base.childForFieldName('value') : base;
  const path = written ? identifierPath(written) : undefined;
  if (!path || (path[0] !== undefined && isLocalName(facts.definedIn, path[0]))) return false;
  if (lookupGlobalPath(project, facts.module, path)?.kind === 'class') return true;
  return isOneOf(externalName(project, facts.module, path), FIELDLESS_BASES);
}

/** Fields in the class body: annotated names, minus class variables and private attributes. */
function declaredFields(project: Project, facts: ClassFacts, generated: boolean): ModelField[] {
  const fields: ModelField[] = [];
  for (const statement of facts.node.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const field = assignment?.type === 'assignment' ? annotatedField(project, facts, assignment, generated) : undefined;
    const computed = statement.type === 'decorated_definition' ? computedField(statement, generated) : undefined;
    const found = field ?? computed;
    if (found) fields.push(found);
  }
  return fields;
}

function annotatedField(
  project: Project,
  facts: ClassFacts,
  assignment: Node,
  generated: boolean,
): ModelField | undefined {
  const name = assignment.childForFieldName('left');
  const annotation = assignment.childForFieldName('type');
  if (name?.type !== 'identifier' || !annotation || !isFieldName(name.text) || isClassVariable(annotation)) {
    return undefined;
  }
  const model = annotatedModel(project, facts, annotation);
  const value = assignment.childForFieldName('right');
  const alias = generated ? undefined : (fieldAlias(value) ?? name.text);
  return { name: name.text, alias, ...(model ? { model } : {}) };
}

/** Private attributes (`_cache`) and the model's configuration are not dumped. */
function isFieldName(name: string): boolean {
  return !name.startsWith('_') && name !== 'model_config';
}

function isClassVariable(annotation: Node): boolean {
  const written = annotation.namedChildren[0];
  const head = written?.type === 'generic_type' ? written.namedChildren[0] : written;
  return head !== undefined && ['ClassVar', 'typing.ClassVar'].includes(compactText(head));
}

/** `Field(alias="n")` / `Field(serialization_alias="n")`: the name a `by_alias` dump uses. */
function fieldAlias(value: Node | null): string | undefined {
  const callee = value?.type === 'call' ? value.childForFieldName('function') : null;
  if (!value || !callee || identifierPath(callee)?.at(-1) !== 'Field') return undefined;
  const keywords = (value.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (argument) => argument.type === 'keyword_argument',
  );
  const aliasOf = (keyword: string) => {
    const argument = keywords.find((candidate) => candidate.childForFieldName('name')?.text === keyword);
    const written = argument?.childForFieldName('value');
    return written ? literalString(written) : undefined;
  };
  return aliasOf('serialization_alias') ?? aliasOf('alias');
}

/** `@computed_field` properties are dumped like fields. */
function computedField(decorated: Node, generated: boolean): ModelField | undefined {
  const decorators = decorated.namedChildren.filter((child) => child.type === 'decorator');
  const isComputed = decorators.some((decorator) => {
    const expression = decorator.namedChildren[0];
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    return callee ? identifierPath(callee)?.at(-1) === 'computed_field' : false;
  });
  const name = decorated.childForFieldName('definition')?.childForFieldName('name')?.text;
  return isComputed && name ? { name, alias: generated ? undefined : name } : undefined;
}

/**
 * `model_config = ConfigDict(alias_generator=...)` (or the same as a dict), or
 * `class Config: alias_generator = ...`: the aliases are computed at run time.
 */
function hasAliasGenerator(facts: ClassFacts): boolean {
  const settings = (facts.attributes.get('model_config') ?? []).flatMap(({ node }) => configKeys(node));
  const configClass = facts.node.childForFieldName('body')?.namedChildren.find(
    (statement) => statement.type === 'class_definition' && statement.childForFieldName('name')?.text === 'Config',
  );
  const classSettings = (configClass?.childForFieldName('body')?.namedChildren ?? []).map((statement) => {
    const assignment = statement.namedChildren[0];
    return assignment?.type === 'assignment' ? assignment.childForFieldName('left')?.text : undefined;
  });
  return [...settings, ...classSettings].includes('alias_generator');
}

/** The settings a `ConfigDict(...)` call or a dict literal names. */
function configKeys(config: Node): string[] {
  const entries = config.type === 'call' ? config.childForFieldName('arguments')?.namedChildren : config.namedChildren;
  return (entries ?? []).flatMap((entry) => {
    if (entry.type === 'keyword_argument') return entry.childForFieldName('name')?.text ?? [];
    const key = entry.type === 'pair' ? entry.childForFieldName('key') : null;
    return (key && literalString(key)) ?? [];
  });
}
