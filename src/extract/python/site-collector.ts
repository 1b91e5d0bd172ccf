import type { Node } from 'web-tree-sitter';
import type { FieldRead, SiteKind } from '../../model/site.js';
import type { Scope } from './facts.js';
import { mergeFieldsRead } from './field-reads.js';

/** A site before it is placed in its file: `node` is the name expression, `scope` the code it is in. */
export interface SiteDraft {
  name: string;
  dynamic: boolean;
  kind: SiteKind;
  node: Node;
  scope: Scope;
  via: string;
  rule: string;
  payloadKeys?: readonly string[];
  /** What a handler reads from the message it receives; undefined when that cannot be followed. */
  fieldsRead?: readonly FieldRead[];
  /** Socket.IO namespace, for APIs that have them. */
  namespace?: string;
  /** A handler that receives every event of its namespace (`@sio.on("*")`); its name is `*`. */
  catchAll?: boolean;
}

/** Keeps one site per name, kind, namespace and location; a repeated site only adds payload keys and reads. */
export class SiteCollector {
  private readonly drafts = new Map<string, SiteDraft>();

  add(draft: SiteDraft): void {
    const location = [draft.scope.module.file.path, draft.node.startIndex];
    const key = [...location, draft.name, draft.kind, draft.namespace ?? ''].join('\0');
    const known = this.drafts.get(key);
    if (!known) {
      this.drafts.set(key, draft);
      return;
    }
    if (draft.payloadKeys) {
      known.payloadKeys = [...new Set([...(known.payloadKeys ?? []), ...draft.payloadKeys])].sort();
    }
    if (draft.fieldsRead) known.fieldsRead = mergeFieldsRead([known.fieldsRead, draft.fieldsRead]);
  }

  all(): SiteDraft[] {
    return [...this.drafts.values()];
  }
}
