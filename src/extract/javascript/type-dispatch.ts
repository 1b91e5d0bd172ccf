import type * as t from '@babel/types';

import { isCall, isMember, keyName, memberName, methodCall, type Node } from './ast.js';
import type { EventName, EventNames } from './event-names.js';
import { ruleId } from './frameworks/framework.js';
import { nativeWebsocket } from './frameworks/native-websocket.js';
import { HandlerRegistries } from './handler-registries.js';
import type { IncomingMessages } from './incoming.js';
import { sourceText, type ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Occurrence, SiteCollector } from './site-collector.js';
import type { Located, Tracer } from './trace.js';

const EQUALITY_OPERATORS = new Set(['===', '==']);
const RULE = ruleId(nativeWebsocket);

/**
 * Handlers chosen by an incoming message's type: `switch (msg.type)`, `msg.type === 'x'`,
 * `type.startsWith('x:')`, `['a', 'b'].includes(msg.type)`, handler maps (`handlers[msg.type]`)
 * and the keys written into a handler registry. `!==` does not handle anything, and a `type` of
 * something that did not arrive (a Redux action) is ignored.
 */
export class TypeDispatch {
  private readonly registries: HandlerRegistries;

  constructor(
    project: Project,
    private readonly incoming: IncomingMessages,
    private readonly tracer: Tracer,
    private readonly names: EventNames,
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
    for (const switchCase of node.cases) {
      if (switchCase.test) this.collector.add(this.dispatchOccurrence(via, switchCase.test, file));
    }
  }

  private comparison(node: t.BinaryExpression, file: ParsedFile): void {
    if (!EQUALITY_OPERATORS.has(node.operator) || node.left.type === 'PrivateName') return;
    const leftIsType = this.isType(node.left, file);
    const rightIsType = this.isType(node.right, file);
    if (leftIsType === rightIsType) return;
    const [typeSide, nameSide] = leftIsType ? [node.left, node.right] : [node.right, node.left];
    this.collector.add(this.dispatchOccurrence(`${sourceText(file, typeSide)} ${node.operator}`, nameSide, file));
  }

  private typeMethodCall(node: t.CallExpression | t.OptionalCallExpression, file: ParsedFile): void {
    const target = methodCall(node);
    const argument = node.arguments[0];
    if (!target || !argument || argument.type === 'SpreadElement' || argument.type === 'ArgumentPlaceholder') return;
    const via = sourceText(file, node.callee);
    if ((target.method === 'startsWith' || target.method === 'endsWith') && this.isType(target.receiver, file)) {
      const match = target.method === 'startsWith' ? 'prefix' : 'suffix';
      this.collector.add({ ...this.dispatchOccurrence(via, argument, file), match });
    } else if (target.method === 'includes' && this.isType(argument, file)) {
      const names = this.arrayNames({ node: target.receiver, file });
      this.collector.addResolved(this.dispatchOccurrence(via, argument, file), names);
    } else if (target.method === 'get' && this.isType(argument, file)) {
      this.registries.addRead({ node: target.receiver, file });
    }
  }

  /** `registry.set(key, ...)` and `registry[key] = ...` on a registry the dispatcher reads. */
  private registryWrite(node: Node, file: ParsedFile): void {
    if (isCall(node)) {
      const target = methodCall(node);
      const key = node.arguments[0];
      const isKey = key && key.type !== 'SpreadElement' && key.type !== 'ArgumentPlaceholder';
      if (target?.method !== 'set' || !isKey || !this.registries.isRegistry({ node: target.receiver, file })) return;
      this.collector.add(this.dispatchOccurrence(sourceText(file, node.callee), key, file));
    } else if (node.type === 'AssignmentExpression' && isMember(node.left)) {
      const left = node.left;
      if (!this.registries.isRegistry({ node: left.object, file })) return;
      const occurrence = this.dispatchOccurrence(sourceText(file, left), left.property, file);
      const name = left.computed ? undefined : memberName(left);
      if (name === undefined) this.collector.add(occurrence);
      else this.collector.addResolved(occurrence, [{ text: name, dynamic: false, at: { node: left.property, file } }]);
    }
  }

  private handlerMap(node: t.MemberExpression | t.OptionalMemberExpression, file: ParsedFile): void {
    if (!this.isType(node.property, file) || this.isAssignmentTarget(node, file)) return;
    this.registries.addRead({ node: node.object, file });
    const via = sourceText(file, node);
    for (const traced of this.tracer.trace({ node: node.object, file })) {
      if (traced.kind !== 'value' || traced.node.type !== 'ObjectExpression') continue;
      for (const property of traced.node.properties) {
        if (property.type === 'SpreadElement') continue;
        const at = { node: property.key, file: traced.file };
        const name = keyName(property.key, property.computed);
        const occurrence = this.dispatchOccurrence(via, property.key, traced.file);
        if (name !== undefined) this.collector.addResolved(occurrence, [{ text: name, dynamic: false, at }]);
        else this.collector.add(occurrence);
      }
    }
  }

  private dispatchOccurrence(via: string, node: Node, file: ParsedFile): Occurrence {
    return { kind: 'handle', scope: 'wire', rule: RULE, via, role: 'name', at: { node, file } };
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
