import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export type ParseOutcome = { ok: true; tree: Tree } | { ok: false; reason: string };

const require = createRequire(import.meta.url);
let parserReady: Promise<Parser> | undefined;

/** Node types whose error-free presence shows that a broken file still has code worth reading. */
const USABLE_NODE_TYPES = [
  'call',
  'function_definition',
  'class_definition',
  'assignment',
  'import_statement',
  'import_from_statement',
];

/**
 * Parses one Python file. Trees with ERROR nodes are kept as long as some code parsed cleanly;
 * the caller owns the tree and must `delete()` it.
 */
export async function parsePython(text: string): Promise<ParseOutcome> {
  const parser = await loadParser();
  let tree: Tree | null;
  try {
    tree = parser.parse(text);
  } catch (error) {
    return { ok: false, reason: `parser error: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!tree) return { ok: false, reason: 'parser error: no tree' };
  const root = tree.rootNode;
  if (root.hasError && !hasUsableCode(root)) {
    const reason = `syntax error at line ${firstErrorLine(root)}`;
    tree.delete();
    return { ok: false, reason };
  }
  return { ok: true, tree };
}

function loadParser(): Promise<Parser> {
  parserReady ??= createParser();
  return parserReady;
}

async function createParser(): Promise<Parser> {
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  return new Parser().setLanguage(language);
}

function hasUsableCode(root: Node): boolean {
  return root.descendantsOfType(USABLE_NODE_TYPES).some((node) => !node.hasError);
}

function firstErrorLine(root: Node): number {
  const cursor = root.walk();
  try {
    for (;;) {
      if (cursor.currentNode.isError || cursor.currentNode.isMissing) return cursor.startPosition.row + 1;
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return 1;
      }
    }
  } finally {
    cursor.delete();
  }
}
