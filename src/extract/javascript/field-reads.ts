import type * as t from '@babel/types';

import type { FieldRead } from '../../model/site.js';
import { compareLocations, compareStrings } from '../../util/compare.js';
import {
  isCall, isFunction, isMember, isValueArgument, keyName, memberName, outermost, walk,
  type CallNode, type FunctionNode, type MemberNode, type Node,
} from './ast.js';
import { functionsOf } from './function-refs.js';
import type { ParsedFile } from './parsed-file.js';
import { pathAfter, sameBase, type PathBase, type PayloadPaths, type RelativePath } from './payload-paths.js';
import type { PayloadReceiver, PayloadView } from './payload-receivers.js';
import type { Located, Tracer } from './trace.js';

/** Sent payload keys go one level deep (`data.pipeline_id`); deeper reads are cut to that depth. */
const MAX_FIELD_DEPTH = 2;
/** Properties every string and array has: reading them is not reading a payload field. */
const NOT_FIELDS: ReadonlySet<string> = new Set(['length']);

/** The payload as seen inside some code: paths from `base` that start with `strip` are at `prefix` in the message. */
interface PayloadRoot {
  base: PathBase;
  strip: readonly string[];
  prefix: readonly string[];
}

function rootOf(fn: FunctionNode, view: PayloadView): PayloadRoot {
  return { base: { kind: 'param', fn, index: view.param }, strip: view.strip, prefix: view.prefix };
}

/** The message path of `relative` when it reads inside the payload; undefined for the payload itself or anything else. */
function fieldOf(relative: RelativePath, root: PayloadRoot): string[] | undefined {
  const rest = sameBase(relative.base, root.base) ? pathAfter(relative.path, root.strip) : undefined;
  return rest && rest.length > 0 ? [...root.prefix, ...rest] : undefined;
}

/** Fields worth listing: not too deep, and not the field naming the event (`type`, `event`, ...). */
function isListed(field: readonly string[], typeFields: ReadonlySet<string>): boolean {
  return field.length <= MAX_FIELD_DEPTH && !(field.length === 1 && typeFields.has(field[0] ?? ''));
}

function read(field: readonly string[], token: Node, file: ParsedFile): FieldRead {
  return { file: file.source.path, ...file.startOf(token), field: field.join('.') };
}

/** One entry per read site, in source order. */
function inSourceOrder(reads: readonly FieldRead[]): FieldRead[] {
  const byKey = new Map(reads.map((entry) => [[entry.file, entry.line, entry.column, entry.field].join('\u0000'), entry]));
  return [...byKey.values()].sort((a, b) => compareLocations(a, b) || compareStrings(a.field, b.field));
}

/**
 * The payload fields a handler reads: `data.x`, `data?.x`, `data['x']`, destructuring (each key
 * of the pattern, nested ones as `b.c`), through aliases, and inside the one function the payload
 * (or part of it) is handed to (`(data) => this.update(data)`), but no further.
 */
export class FieldReads {
  constructor(
    private readonly tracer: Tracer,
    private readonly paths: PayloadPaths,
    private readonly typeFields: ReadonlySet<string>,
  ) {}

  /** Undefined when the handler is not a function in the scanned code. */
  of(receiver: PayloadReceiver): FieldRead[] | undefined {
    if (receiver.kind === 'branch') {
      const root = { base: receiver.message.base, strip: receiver.message.path, prefix: [] };
      return inSourceOrder(receiver.region.flatMap((region) => this.readsIn(region, root, true)));
    }
    const handlers = receiver.handlers.flatMap((handler) => functionsOf(this.tracer, handler));
    if (handlers.length === 0) return undefined;
    return inSourceOrder(handlers.flatMap((handler) => this.readsIn(handler, rootOf(handler.node, receiver.view), true)));
  }

  /**
   * The receiver as a call of a helper sees it: a handler that is the helper's own parameter
   * (`function onSocket(name, fn) { socket.on(name, fn) }`) becomes the argument the call passes.
   */
  atCall(receiver: PayloadReceiver, helper: FunctionNode, call: CallNode, file: ParsedFile): PayloadReceiver {
    if (receiver.kind !== 'callback') return receiver;
    const handlers = receiver.handlers.flatMap((handler): Located[] => {
      const [only, ...others] = this.tracer.trace(handler);
      const param = only?.kind === 'param' && others.length === 0 ? only.binding.param : undefined;
      if (param?.fn !== helper || param.path.length > 0) return [handler];
      const argument = call.arguments[param.index];
      return isValueArgument(argument) ? [{ node: argument, file }] : [];
    });
    return { ...receiver, handlers };
  }

  private readsIn(region: Located, root: PayloadRoot, follow: boolean): FieldRead[] {
    const reads: FieldRead[] = [];
    walk(region.node, (node) => {
      if (isMember(node)) reads.push(...this.memberRead(node, region.file, root));
      else if (node.type === 'ObjectPattern') reads.push(...this.patternReads(node, region.file, root));
      else if (follow && isCall(node)) reads.push(...this.passedReads(node, region, root));
    });
    return reads;
  }

  /** `data.stats.cpu` is one read (`stats.cpu`, at `cpu`); `data.items.map(...)` reads `items`. */
  private memberRead(member: MemberNode, file: ParsedFile, root: PayloadRoot): FieldRead[] {
    const field = fieldOf(this.paths.of({ node: member, file }), root);
    if (!field || !isListed(field, this.typeFields) || !isFieldRead(member, file)) return [];
    if (field.length < MAX_FIELD_DEPTH && readsFurther(member, file)) return [];
    return [read(field, member.property, file)];
  }

  private patternReads(pattern: t.ObjectPattern, file: ParsedFile, root: PayloadRoot): FieldRead[] {
    const source = this.patternSource(pattern, file);
    if (!source) return [];
    return pattern.properties.flatMap((property) => {
      if (property.type !== 'ObjectProperty') return [];
      const name = keyName(property.key, property.computed);
      if (name === undefined) return [];
      const field = fieldOf({ base: source.base, path: [...source.path, name] }, root);
      return field && isListed(field, this.typeFields) ? [read(field, property.key, file)] : [];
    });
  }

  /** What a destructuring pattern takes apart: a declaration's value, an assignment's, a parameter, an outer pattern's key. */
  private patternSource(pattern: Node, file: ParsedFile): RelativePath | undefined {
    const parent = file.parents.get(pattern);
    if (!parent) return undefined;
    if (isFunction(parent)) {
      const index = parent.params.findIndex((param) => param === pattern);
      return index < 0 ? undefined : { base: { kind: 'param', fn: parent, index }, path: [] };
    }
    switch (parent.type) {
      case 'VariableDeclarator':
        return parent.id === pattern && parent.init ? this.paths.of({ node: parent.init, file }) : undefined;
      case 'AssignmentExpression':
        return parent.left === pattern ? this.paths.of({ node: parent.right, file }) : undefined;
      case 'AssignmentPattern':
        return parent.left === pattern ? this.patternSource(parent, file) : undefined;
      case 'ObjectProperty': {
        const outer = file.parents.get(parent);
        const name = keyName(parent.key, parent.computed);
        if (outer?.type !== 'ObjectPattern' || name === undefined) return undefined;
        const source = this.patternSource(outer, file);
        return source && { base: source.base, path: [...source.path, name] };
      }
      default:
        return undefined;
    }
  }

  /** The reads inside a function the payload, or a part of it, is passed to (one hop only). */
  private passedReads(call: CallNode, region: Located, root: PayloadRoot): FieldRead[] {
    return call.arguments.flatMap((argument, index) => {
      if (!isValueArgument(argument)) return [];
      const relative = this.paths.of({ node: argument, file: region.file });
      const rest = sameBase(relative.base, root.base) ? pathAfter(relative.path, root.strip) : undefined;
      const prefix = rest && [...root.prefix, ...rest];
      if (!prefix || prefix.length >= MAX_FIELD_DEPTH) return [];
      return functionsOf(this.tracer, { node: call.callee, file: region.file })
        .filter((target) => target.node !== region.node)
        .flatMap((target) => this.readsIn(target, rootOf(target.node, { param: index, strip: [], prefix }), false));
    });
  }
}

/** A property read for its value: not a method call, not the target of `=` or `delete`, not `length`. */
function isFieldRead(member: MemberNode, file: ParsedFile): boolean {
  const name = memberName(member);
  if (name === undefined || NOT_FIELDS.has(name)) return false;
  const outer = outermost(member, file.parents);
  const parent = file.parents.get(outer);
  if (!parent) return true;
  if (isCall(parent)) return parent.callee !== outer;
  if (parent.type === 'AssignmentExpression') return parent.left !== outer || parent.operator !== '=';
  return !(parent.type === 'UnaryExpression' && parent.operator === 'delete');
}

/** `data.stats` in `data.stats.cpu`: the longer chain is the read. */
function readsFurther(member: MemberNode, file: ParsedFile): boolean {
  const outer = outermost(member, file.parents);
  const parent = file.parents.get(outer);
  return parent !== undefined && isMember(parent) && parent.object === outer && isFieldRead(parent, file);
}
