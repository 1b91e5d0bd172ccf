import { isCall, isFunction, isMember, memberName, unwrap, type CallNode, type FunctionNode } from './ast.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import { ARRAY_ITERATION_METHODS, type Located, type Tracer } from './trace.js';

/** The functions an expression can be: `handle`, `this.onMessage`, `api.subscribe`, `fn.bind(this)`. */
export function functionsOf(tracer: Tracer, located: Located): Located<FunctionNode>[] {
  let node = unwrap(located.node);
  if (isCall(node)) {
    const callee = unwrap(node.callee);
    if (!isMember(callee) || memberName(callee) !== 'bind') return [];
    node = unwrap(callee.object);
  }
  if (isFunction(node)) return [{ node, file: located.file }];
  return tracer.trace({ node, file: located.file }).flatMap((traced) =>
    traced.kind === 'value' && isFunction(traced.node) ? [{ node: traced.node, file: traced.file }] : [],
  );
}

export interface CallSite {
  call: CallNode;
  file: ParsedFile;
}

/** A function passed by reference to an array method that calls it with each element: `names.forEach(subscribe)`. */
export interface IterationSite {
  /** The collection iterated (`names`). */
  iterable: Located;
  /** The reference passed (`subscribe`). */
  reference: Located;
}

/** Every call in the scanned files, grouped by the scanned function it calls. */
export class CallIndex {
  private readonly callsByFunction = new Map<FunctionNode, CallSite[]>();
  private readonly iterationsByFunction = new Map<FunctionNode, IterationSite[]>();

  constructor(project: Project, tracer: Tracer) {
    for (const file of project.files) {
      for (const node of file.nodes) {
        if (!isCall(node)) continue;
        for (const target of functionsOf(tracer, { node: node.callee, file })) {
          add(this.callsByFunction, target.node, { call: node, file });
        }
        this.indexIteration(node, file, tracer);
      }
    }
  }

  callsOf(fn: FunctionNode): readonly CallSite[] {
    return this.callsByFunction.get(fn) ?? [];
  }

  iterationsOf(fn: FunctionNode): readonly IterationSite[] {
    return this.iterationsByFunction.get(fn) ?? [];
  }

  private indexIteration(call: CallNode, file: ParsedFile, tracer: Tracer): void {
    const callee = unwrap(call.callee);
    const reference = call.arguments[0] && unwrap(call.arguments[0]);
    if (!isMember(callee) || !ARRAY_ITERATION_METHODS.has(memberName(callee) ?? '') || !reference) return;
    if (isFunction(reference)) return;
    for (const target of functionsOf(tracer, { node: reference, file })) {
      add(this.iterationsByFunction, target.node, { iterable: { node: callee.object, file }, reference: { node: reference, file } });
    }
  }
}

function add<T>(map: Map<FunctionNode, T[]>, fn: FunctionNode, item: T): void {
  const items = map.get(fn) ?? [];
  items.push(item);
  map.set(fn, items);
}
