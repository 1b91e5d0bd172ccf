import type * as t from '@babel/types';

import { ClassIndex } from './classes.js';
import { ModuleGraph } from './module-graph.js';
import type { ParsedFile } from './parsed-file.js';
import type { Binding } from './scope.js';

/** Everything known about the scanned JavaScript/TypeScript files, shared by every analysis step. */
export class Project {
  readonly modules: ModuleGraph;
  readonly classes: ClassIndex;

  constructor(readonly files: readonly ParsedFile[]) {
    this.modules = new ModuleGraph(files);
    this.classes = new ClassIndex(files);
  }

  /**
   * The declaration an identifier refers to: local scopes first, then the other parts of the same
   * component, then the globals of classic scripts.
   */
  bindingsOf(file: ParsedFile, identifier: t.Identifier): readonly Binding[] {
    const local = file.scopes.lookup(identifier) ?? this.modules.componentBinding(file, identifier.name);
    return local ? [local] : this.modules.global(identifier.name);
  }
}
