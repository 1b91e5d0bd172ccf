import type * as t from '@babel/types';

import { isClass, isFunction, isMember, keyName, memberName, type ClassNode, type FunctionNode, type Node } from './ast.js';
import type { ParsedFile } from './parsed-file.js';
import type { ValueRef } from './scope.js';

export interface ClassInfo {
  node: ClassNode;
  file: ParsedFile;
  name: string | undefined;
  methods: Map<string, FunctionNode>;
  /** Class properties and every `this.x = ...` in the class's methods. */
  fields: Map<string, ValueRef[]>;
  staticMembers: Map<string, ValueRef[]>;
}

function className(file: ParsedFile, node: ClassNode): string | undefined {
  if (node.id) return node.id.name;
  const parent = file.parents.get(node);
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined;
}

function push(map: Map<string, ValueRef[]>, name: string, value: ValueRef): void {
  const list = map.get(name) ?? [];
  list.push(value);
  map.set(name, list);
}

function describeClass(file: ParsedFile, node: ClassNode): ClassInfo {
  const info: ClassInfo = {
    node, file, name: className(file, node), methods: new Map(), fields: new Map(), staticMembers: new Map(),
  };
  for (const member of node.body.body) {
    if (member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod') {
      const name = keyName(member.key, member.computed ?? false);
      if (name === undefined) continue;
      if (member.static) push(info.staticMembers, name, { node: member, path: [], file });
      else info.methods.set(name, member);
    } else if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value) {
      const name = keyName(member.key, member.type === 'ClassProperty' ? member.computed : false);
      if (name === undefined) continue;
      const value = { node: member.value, path: [], file };
      if (member.static) push(info.staticMembers, name, value);
      else if (isFunction(member.value)) info.methods.set(name, member.value);
      else push(info.fields, name, value);
    }
  }
  return info;
}

/** Every class of the scanned files, and which class `this` means at a given node. */
export class ClassIndex {
  private readonly byNode = new Map<ClassNode, ClassInfo>();

  constructor(files: readonly ParsedFile[]) {
    for (const file of files) {
      for (const node of file.nodes) {
        if (isClass(node)) this.byNode.set(node, describeClass(file, node));
      }
      for (const node of file.nodes) this.collectThisAssignment(file, node);
    }
  }

  of(node: ClassNode): ClassInfo | undefined {
    return this.byNode.get(node);
  }

  all(): IterableIterator<ClassInfo> {
    return this.byNode.values();
  }

  /** The class whose instance `this` is at `node` (arrow functions keep the outer `this`). */
  thisClass(file: ParsedFile, node: Node): ClassInfo | undefined {
    for (let current = file.parents.get(node); current; current = file.parents.get(current)) {
      if (current.type === 'ArrowFunctionExpression') continue;
      if (current.type === 'ClassBody') {
        const owner = file.parents.get(current);
        return owner && isClass(owner) ? this.byNode.get(owner) : undefined;
      }
      if (isFunction(current) && current.type !== 'ClassMethod' && current.type !== 'ClassPrivateMethod') return undefined;
    }
    return undefined;
  }

  private collectThisAssignment(file: ParsedFile, node: Node): void {
    if (node.type !== 'AssignmentExpression' || !isMember(node.left)) return;
    const left: t.MemberExpression | t.OptionalMemberExpression = node.left;
    if (left.object.type !== 'ThisExpression') return;
    const name = memberName(left);
    const owner = name === undefined ? undefined : this.thisClass(file, node);
    if (owner && name !== undefined) push(owner.fields, name, { node: node.right, path: [], file });
  }
}
