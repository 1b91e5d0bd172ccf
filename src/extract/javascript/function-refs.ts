import { isCall, isFunction, isMember, memberName, unwrap, type CallNode, type FunctionNode } from './ast.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Located, Tracer } from './trace.js';

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

/** Every call in the scanned files, grouped by the scanned function it calls. */
export class CallIndex {
  private readonly callsByFunction = new Map<FunctionNode, CallSite[]>();

  constructor(project: Project, tracer: Tracer) {
    for (const file of project.files) {
      for (const node of file.nodes) {
        if (!isCall(node)) continue;
        for (const target of functionsOf(tracer, { node: node.callee, file })) {
          const calls = this.callsByFunction.get(target.node) ?? [];
          calls.push({ call: node, file });
          this.callsByFunction.set(target.node, calls);
        }
      }
    }
  }

  callsOf(fn: FunctionNode): readonly CallSite[] {
    return this.callsByFunction.get(fn) ?? [];
  }
}
