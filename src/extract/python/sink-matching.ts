import { isLocalName } from './bindings.js';
import { externalName, isOneOf } from './external-names.js';
import type { CallFact } from './facts.js';
import type { PythonFramework, SendSink } from './frameworks/framework.js';
import type { Project } from './project.js';
import { receiverMatches } from './receivers.js';
import { identifierPath } from './syntax-tree.js';

export interface MatchedSink {
  framework: PythonFramework;
  sink: SendSink;
}

/**
 * The framework sinks a call is. A sink that names its receiver or function (`sio.emit` on a
 * Socket.IO server) wins over those that take any object (`x.send(...)`), as does a call that
 * another framework API already claims (`claimed`, a Channels `layer.send` route).
 */
export function sinksAt(
  project: Project,
  call: CallFact,
  frameworks: readonly PythonFramework[],
  claimed: boolean,
): MatchedSink[] {
  const path = identifierPath(call.callee);
  const matched = frameworks.flatMap((framework) =>
    framework.sendSinks.filter((sink) => sinkMatches(project, call, path, sink)).map((sink) => ({ framework, sink })),
  );
  const specific = matched.filter(({ sink }) => !acceptsAnyObject(sink));
  return specific.length > 0 || claimed ? specific : matched;
}

function acceptsAnyObject(sink: SendSink): boolean {
  return 'methodNames' in sink && sink.receiver === undefined;
}

/** `path` is the callee's `identifierPath`, read once per call rather than once per sink. */
function sinkMatches(project: Project, call: CallFact, path: string[] | undefined, sink: SendSink): boolean {
  if ('functions' in sink) {
    if (!path?.[0] || isLocalName(call.scope, path[0])) return false;
    return isOneOf(externalName(project, call.scope.module, path), sink.functions);
  }
  const { method } = call;
  if (!method || !sink.methodNames.includes(method.name)) return false;
  return sink.receiver === undefined || receiverMatches(project, call.scope, method.receiver, sink.receiver);
}
