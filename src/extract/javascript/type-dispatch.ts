import type * as t from '@babel/types';

import {
  isCall, isFunction, isMember, isValueArgument, keyName, memberName, methodCall, unwrap, walk, type CallNode, type Node,
} from './ast.js';
import { caseRegion, guardedRegion } from './branch-regions.js';
import type { EventName, EventNames } from './event-names.js';
import { ruleId } from './frameworks/framework.js';
import { nativeWebsocket } from './frameworks/native-websocket.js';
import { HandlerRegistries } from './handler-registries.js';
import { literalMapEntries } from './map-entries.js';
import type { HandlerViews } from './handler-views.js';
import type { IncomingMessages } from './incoming.js';
import { sourceText, type ParsedFile } from './parsed-file.js';
import { messageOf, pathAfter, sameBase, type PayloadPaths } from './payload-paths.js';
import type { PayloadReceiver, PayloadView } from './payload-receivers.js';
import type { Project } from './project.js';
import type { Occurrence, SiteCollector } from './site-collector.js';
import type { Located, Tracer } from './trace.js';

const EQUALITY_OPERATORS = new Set(['===', '==']);
const RULE = ruleId(nativeWebsocket);
/** Methods that add a handler to a collection stored in a registry: `listeners.get(type).add(fn)`. */
const COLLECTION_ADDS = new Set(['add', 'push']);

/** `R.get(key)`, `R[key]`, `(R[key] ||= [])`: a registry entry read by key. */
function entryRead(node: Node): { container: Node; key: Node } | undefined {
  const entry = node.type === 'AssignmentExpression' ? unwrap(node.left) : node;
  if (isMember(entry) && entry.computed) return { container: entry.object, key: entry.property };
  const target = isCall(entry) ? methodCall(entry) : undefined;
  const key = isCall(entry) ? entry.arguments[0] : undefined;
  return target?.method === 'get' && isValueArgument(key) ? { container: target.receiver, key } : undefined;
}

/**
 * Handlers chosen by an incoming message's type: `switch (msg.type)`, `msg.type === 'x'`,
 * `type.startsWith('x:')`, `['a', 'b'].includes(msg.type)`, handler maps (`handlers[msg.type]`,
 * `new Map([['x', fn]])` read by `handlers.get(msg.type)`)
 * and the keys written into a handler registry. `!==` does not handle anything, and a `type` of
 * something that did not arrive (a Redux action) is ignored. Each site also says where its
 * payload arrives: the branch that runs, or the handler function and what the dispatcher passes it.
 */
export class TypeDispatch {
  private readonly registries: HandlerRegistries;

  constructor(
    project: Project,
    private readonly incoming: IncomingMessages,
    private readonly tracer: Tracer,
    private readonly names: EventNames,
    private readonly paths: PayloadPaths,
    private readonly views: HandlerViews,
    private readonly collector: SiteCollector,
  ) {
    this.registries = new HandlerRegistries(project);
  }

  /** All files at once: registries are read in one file and filled in others. */
  scan(files: readonly ParsedFile[]): void {
    for (const file of files) {
      for (const node of file.nodes) {
        if (node.type === 'SwitchStatement') this.switchStatement(node, file);
        else if (node.type === 'BinaryExpression') this.comparison(node, file);
        else if (isCall(node)) this.typeMethodCall(node, file);
        else if (isMember(node) && node.computed) this.handlerMap(node, file);
      }
    }
    for (const file of files) {
      for (const node of file.nodes) this.registryWrite(node, file);
    }
  }

  private isType(node: Node, file: ParsedFile): boolean {
    return this.incoming.classify({ node, file }) === 'type';
  }

  private switchStatement(node: t.SwitchStatement, file: ParsedFile): void {
    if (!this.isType(node.discriminant, file)) return;
    const via = `switch (${sourceText(file, node.discriminant)})`;
    node.cases.forEach((switchCase, index) => {
      if (!switchCase.test) return;
      const receives = this.branch({ node: node.discriminant, file }, caseRegion(node, index));
      this.collector.add(this.dispatchOccurrence(via, switchCase.test, file, receives, { node: node.discriminant, file }));
    });
  }

  private comparison(node: t.BinaryExpression, file: ParsedFile): void {
    if (!EQUALITY_OPERATORS.has(node.operator) || node.left.type === 'PrivateName') return;
    const leftIsType = this.isType(node.left, file);
    const rightIsType = this.isType(node.right, file);
    if (leftIsType === rightIsType) return;
    const [typeSide, nameSide] = leftIsType ? [node.left, node.right] : [node.right, node.left];
    const receives = this.branch({ node: typeSide, file }, guardedRegion(node, file));
    const via = `${sourceText(file, typeSide)} ${node.operator}`;
    this.collector.add(this.dispatchOccurrence(via, nameSide, file, receives, { node: typeSide, file }));
  }

  private typeMethodCall(node: CallNode, file: ParsedFile): void {
    const target = methodCall(node);
    const argument = node.arguments[0];
    if (!target || !isValueArgument(argument)) return;
    const via = sourceText(file, node.callee);
    if ((target.method === 'startsWith' || target.method === 'endsWith') && this.isType(target.receiver, file)) {
      const match = target.method === 'startsWith' ? 'prefix' : 'suffix';
      const receives = this.branch({ node: target.receiver, file }, guardedRegion(node, file));
      const typeField = { node: target.receiver, file };
      this.collector.add({ ...this.dispatchOccurrence(via, argument, file, receives, typeField), match });
    } else if (target.method === 'includes' && this.isType(argument, file)) {
      const names = this.arrayNames({ node: target.receiver, file });
      const receives = this.branch({ node: argument, file }, guardedRegion(node, file));
      this.collector.addResolved(this.dispatchOccurrence(via, argument, file, receives), names);
    } else if (target.method === 'get' && this.isType(argument, file)) {
      const view = this.views.ofInvocations({ node, file }, { node: argument, file });
      this.registries.addRead({ node: target.receiver, file }, view);
      this.mapLiteralHandlers({ node: target.receiver, file }, sourceText(file, node), view);
    }
  }

  /** `new Map([['chat', onChat]])` read by `handlers.get(msg.type)`: each key written in the literal is handled. */
  private mapLiteralHandlers(container: Located, via: string, view: PayloadView | undefined): void {
    for (const traced of this.tracer.trace(container)) {
      const entries = traced.kind === 'value' ? literalMapEntries(traced) ?? [] : [];
      for (const { key, value } of entries) {
        const receives: PayloadReceiver | undefined = view && value && { kind: 'callback', handlers: [value], view };
        this.collector.add(this.dispatchOccurrence(via, key.node, key.file, receives));
      }
    }
  }

  /** `registry.set(key, ...)` and `registry[key] = ...` on a registry the dispatcher reads. */
  private registryWrite(node: Node, file: ParsedFile): void {
    if (isCall(node)) {
      const target = methodCall(node);
      const key = node.arguments[0];
      if (target?.method !== 'set' || !isValueArgument(key)) return;
      const container = { node: target.receiver, file };
      if (!this.registries.isRegistry(container)) return;
      const receives = this.stored(container, { node: key, file }, node.arguments[1]);
      this.collector.add(this.dispatchOccurrence(sourceText(file, node.callee), key, file, receives));
    } else if (node.type === 'AssignmentExpression' && isMember(node.left)) {
      const left = node.left;
      const container = { node: left.object, file };
      if (!this.registries.isRegistry(container)) return;
      const receives = this.stored(container, { node: left.property, file }, node.right);
      const occurrence = this.dispatchOccurrence(sourceText(file, left), left.property, file, receives);
      const name = left.computed ? undefined : memberName(left);
      if (name === undefined) this.collector.add(occurrence);
      else this.collector.addResolved(occurrence, [{ text: name, dynamic: false, at: { node: left.property, file } }]);
    }
  }

  private handlerMap(node: t.MemberExpression | t.OptionalMemberExpression, file: ParsedFile): void {
    if (!this.isType(node.property, file) || this.isAssignmentTarget(node, file)) return;
    const view = this.views.ofInvocations({ node, file }, { node: node.property, file });
    this.registries.addRead({ node: node.object, file }, view);
    const via = sourceText(file, node);
    for (const traced of this.tracer.trace({ node: node.object, file })) {
      if (traced.kind !== 'value' || traced.node.type !== 'ObjectExpression') continue;
      for (const property of traced.node.properties) {
        if (property.type === 'SpreadElement') continue;
        const at = { node: property.key, file: traced.file };
        const handler = property.type === 'ObjectMethod' ? property : property.value;
        const receives: PayloadReceiver | undefined = view && { kind: 'callback', handlers: [{ node: handler, file: traced.file }], view };
        const name = keyName(property.key, property.computed);
        const occurrence = this.dispatchOccurrence(via, property.key, traced.file, receives);
        if (name !== undefined) this.collector.addResolved(occurrence, [{ text: name, dynamic: false, at }]);
        else this.collector.add(occurrence);
      }
    }
  }

  /** The code that runs for the type `typeField` was compared with, reading the message `typeField` belongs to. */
  private branch(typeField: Located, region: readonly Node[] | undefined): PayloadReceiver | undefined {
    const message = messageOf(this.paths.of(typeField), this.incoming.typeFields);
    if (!message || !region) return undefined;
    return { kind: 'branch', region: region.map((node) => ({ node, file: typeField.file })), message };
  }

  /**
   * The handlers a registry write stores: the value written, and what the same function adds to
   * the collection under that key (`listeners.set(type, new Set()); listeners.get(type).add(fn)`).
   */
  private stored(container: Located, key: Located, value: Node | undefined): PayloadReceiver | undefined {
    const view = this.registries.viewOf(container);
    if (!view) return undefined;
    const handlers: Located[] = value ? [{ node: value, file: key.file }] : [];
    walk(this.enclosingScope(key), (node) => {
      const target = isCall(node) ? methodCall(node) : undefined;
      const added = isCall(node) ? node.arguments[0] : undefined;
      if (!target || !COLLECTION_ADDS.has(target.method) || !isValueArgument(added)) return;
      const entry = entryRead(unwrap(target.receiver));
      if (!entry || !this.registries.isSame({ node: entry.container, file: key.file }, container)) return;
      if (this.sameKey({ node: entry.key, file: key.file }, key)) handlers.push({ node: added, file: key.file });
    });
    return { kind: 'callback', handlers, view };
  }

  private sameKey(a: Located, b: Located): boolean {
    const pathA = this.paths.of(a);
    const pathB = this.paths.of(b);
    if (sameBase(pathA.base, pathB.base) && pathAfter(pathA.path, pathB.path)?.length === 0) return true;
    const nameA = this.names.pattern(a);
    const nameB = this.names.pattern(b);
    return !nameA.dynamic && !nameB.dynamic && nameA.text === nameB.text;
  }

  private enclosingScope(located: Located): Node {
    for (let current = located.file.parents.get(located.node); current; current = located.file.parents.get(current)) {
      if (isFunction(current)) return current;
    }
    return located.file.ast.program;
  }

  /** `typeField` set: what is compared, so that a catch-all's comparisons keep its rule and namespace. */
  private dispatchOccurrence(
    via: string,
    node: Node,
    file: ParsedFile,
    receives: PayloadReceiver | undefined,
    typeField?: Located,
  ): Occurrence {
    const occurrence: Occurrence = { kind: 'handle', scope: 'wire', rule: RULE, via, role: 'name', at: { node, file } };
    if (receives) occurrence.receives = receives;
    const catchAll = typeField && this.incoming.catchAllOf(typeField);
    if (catchAll) occurrence.rule = catchAll.rule;
    if (catchAll?.namespace !== undefined) occurrence.namespace = catchAll.namespace;
    return occurrence;
  }

  private arrayNames(located: Located): EventName[] {
    return this.tracer.trace(located).flatMap((traced) => {
      if (traced.kind !== 'value' || traced.node.type !== 'ArrayExpression') return [];
      return traced.node.elements.flatMap((element) => {
        if (!element || element.type === 'SpreadElement') return [];
        const at = { node: element, file: traced.file };
        return [{ ...this.names.pattern(at), at }];
      });
    });
  }

  private isAssignmentTarget(node: Node, file: ParsedFile): boolean {
    const parent = file.parents.get(node);
    return parent?.type === 'AssignmentExpression' && parent.left === node;
  }
}
