import type { Node } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { ScopeWalk } from '../../../src/extract/python/scope-walk.js';
import { forEachInScope } from '../../../src/extract/python/syntax-tree.js';
import { lines, parsedTree } from './python-sources.js';

const WANTED = ['call', 'lambda', 'function_definition', 'class_definition', 'assignment'];

/** Scopes are nested in each other's decorators, defaults, base classes and lambda bodies. */
const SOURCE = lines(
  'x = setup(lambda: early())',
  '@register(first())',
  'def outer(cb=lambda evt: inner_default(evt), other=make()):',
  '    y = body_call()',
  '    def nested(z=default_call()):',
  '        deep()',
  '    handler = lambda a: lambda b: both(a, b)',
  '    return f(g)(h)',
  'class Consumer(Base, metaclass=meta()):',
  '    @decorate(member())',
  '    def method(self):',
  '        in_method()',
  'last(lambda: no_parameters())',
);

async function parsedRoot(): Promise<Node> {
  return (await parsedTree(SOURCE)).rootNode;
}

const described = (node: Node) => `${node.type} ${node.startPosition.row + 1}:${node.startPosition.column + 1}`;

/** What `visit(root)` then `forEachInScope(root, visit)` sees of the wanted types: the walk it replaces. */
function visitedByTreeWalk(root: Node): string[] {
  const seen: string[] = [];
  const visit = (node: Node) => {
    if (WANTED.includes(node.type)) seen.push(described(node));
  };
  visit(root);
  forEachInScope(root, visit);
  return seen;
}

function visitedByScopeWalk(walk: ScopeWalk, root: Node): string[] {
  const seen: string[] = [];
  walk.forEachInScope(root, (node, type) => {
    expect(type).toBe(node.type);
    seen.push(described(node));
  });
  return seen;
}

describe('python scope walk over the wanted nodes of a tree', () => {
  it('visits the module scope as the tree walk does: definitions not entered, their outside parts are', async () => {
    const root = await parsedRoot();
    const walk = new ScopeWalk(root, WANTED);
    expect(visitedByScopeWalk(walk, root)).toEqual([
      'assignment 1:1',
      'call 1:5',
      'lambda 1:11',
      'call 1:19',
      'call 2:2',
      'call 2:11',
      'function_definition 3:1',
      'lambda 3:14',
      'call 3:26',
      'call 3:52',
      'class_definition 9:1',
      'call 9:32',
      'call 13:1',
      'lambda 13:6',
      'call 13:14',
    ]);
    expect(visitedByScopeWalk(walk, root)).toEqual(visitedByTreeWalk(root));
  });

  it('gives every nested root the same nodes as the tree walk, the root itself included and entered', async () => {
    const root = await parsedRoot();
    const walk = new ScopeWalk(root, WANTED);
    const roots = root
      .descendantsOfType([...WANTED, 'block', 'decorator'])
      .filter((node): node is Node => node !== null && node.isNamed);
    expect(roots.length).toBeGreaterThan(20);
    for (const nested of roots) {
      expect(visitedByScopeWalk(walk, nested), described(nested)).toEqual(visitedByTreeWalk(nested));
    }
  });

  it('knows where scopes end when only calls are wanted, and leaves out the `lambda` keyword', async () => {
    const root = await parsedRoot();
    expect(visitedByScopeWalk(new ScopeWalk(root, ['call']), root)).toEqual(
      visitedByTreeWalk(root).filter((node) => node.startsWith('call ')),
    );
    const lambdas = visitedByScopeWalk(new ScopeWalk(root, ['lambda']), root);
    expect(lambdas).toEqual(['lambda 1:11', 'lambda 3:14', 'lambda 13:6']);
  });
});
