import type { Node } from 'web-tree-sitter';
import { type CalledMethod, calleePath } from './called-method.js';
import type { CallFact, CallTarget, Scope } from './facts.js';
import { compactText } from './syntax-tree.js';

interface CallArguments {
  positional: Node[];
  keywords: Map<string, Node>;
  spreadsArguments: boolean;
}

/**
 * The `CallFact` the facts pass records. A call's arguments and its callee as written are read
 * from the tree the first time a pass asks for them: most calls are never asked (they run no
 * scanned function and no send API), and each read is a call into WebAssembly. The trees live
 * until the extractor is done, so reading late reads the same nodes.
 */
export class RecordedCall implements CallFact {
  readonly calleePath: string[] | undefined;
  targets: CallTarget[] = [];
  private writtenCallee: string | undefined;
  private readArguments: CallArguments | undefined;

  constructor(
    readonly node: Node,
    readonly callee: Node,
    readonly calleeType: string,
    readonly method: CalledMethod | undefined,
    readonly scope: Scope,
  ) {
    this.calleePath = calleePath(callee, calleeType, method);
  }

  get calleeText(): string {
    this.writtenCallee ??= compactText(this.callee);
    return this.writtenCallee;
  }

  get positional(): Node[] {
    return this.arguments().positional;
  }

  get keywords(): Map<string, Node> {
    return this.arguments().keywords;
  }

  get spreadsArguments(): boolean {
    return this.arguments().spreadsArguments;
  }

  private arguments(): CallArguments {
    this.readArguments ??= callArguments(this.node.childForFieldName('arguments'));
    return this.readArguments;
  }
}

function callArguments(list: Node | null): CallArguments {
  const read: CallArguments = { positional: [], keywords: new Map(), spreadsArguments: false };
  if (list?.type === 'generator_expression') {
    read.positional.push(list);
    return read;
  }
  for (const argument of list?.namedChildren ?? []) {
    if (argument.type === 'keyword_argument') {
      const name = argument.childForFieldName('name')?.text;
      const value = argument.childForFieldName('value');
      if (name && value) read.keywords.set(name, value);
    } else if (argument.type === 'list_splat' || argument.type === 'dictionary_splat') {
      read.spreadsArguments = true;
    } else if (argument.type !== 'comment' && !read.spreadsArguments) {
      read.positional.push(argument);
    }
  }
  return read;
}
