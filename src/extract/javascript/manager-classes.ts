import { isCall, referenceName, walk } from './ast.js';
import type { ClassInfo } from './classes.js';
import { FRAMEWORKS_IN_ORDER } from './frameworks/index.js';
import type { Tracer } from './trace.js';

const EVENT_BASE_CLASSES = new Set(['EventTarget', 'EventEmitter']);
const SOCKET_CONSTRUCTORS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.creates.constructors));
const SOCKET_FUNCTIONS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.creates.functions));

function createsSocket(info: ClassInfo): boolean {
  let found = false;
  walk(info.node.body, (node) => {
    if (node.type === 'NewExpression' && SOCKET_CONSTRUCTORS.has(referenceName(node.callee) ?? '')) found = true;
    if (isCall(node) && SOCKET_FUNCTIONS.has(referenceName(node.callee) ?? '')) found = true;
  });
  return found;
}

/**
 * The client's own socket manager: a scanned class with `on` and `emit` methods (its own or inherited
 * from a scanned superclass), or an `EventTarget`/`EventEmitter` subclass that opens a socket.
 */
export class ManagerClasses {
  private readonly known = new Map<ClassInfo, boolean>();

  constructor(private readonly tracer: Tracer) {}

  isManager(info: ClassInfo): boolean {
    let answer = this.known.get(info);
    if (answer === undefined) {
      answer = this.decide(info);
      this.known.set(info, answer);
    }
    return answer;
  }

  private decide(info: ClassInfo): boolean {
    const chain = this.tracer.classChain(info);
    const has = (method: string): boolean => chain.some((current) => current.methods.has(method));
    if (has('on') && has('emit')) return true;
    const base = chain.at(-1)?.node.superClass;
    const baseName = base ? referenceName(base) : undefined;
    return baseName !== undefined && EVENT_BASE_CLASSES.has(baseName) && chain.some(createsSocket);
  }
}
