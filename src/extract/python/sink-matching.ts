import { isLocalName } from './bindings.js';
import { externalName, isOneOf } from './external-names.js';
import type { CallFact } from './facts.js';
import type { PythonFramework, SendSink } from './frameworks/framework.js';
import type { Project } from './project.js';
import { receiverMatches } from './receivers.js';

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
  const library = libraryNameOnce(project, call);
  const matched: MatchedSink[] = [];
  for (const framework of frameworks) {
    for (const sink of framework.sendSinks) {
      if (sinkMatches(project, call, library, sink)) matched.push({ framework, sink });
    }
  }
  const specific = matched.filter(({ sink }) => !acceptsAnyObject(sink));
  return specific.length > 0 || claimed ? specific : matched;
}

function acceptsAnyObject(sink: SendSink): boolean {
  return 'methodNames' in sink && sink.receiver === undefined;
}

/** The library name the callee refers to (`flask_socketio.emit`), looked up once per call rather than once per sink. */
function libraryNameOnce(project: Project, call: CallFact): () => string | undefined {
  let looked = false;
  let name: string | undefined;
  return () => {
    if (!looked) {
      const path = call.calleePath;
      name = path?.[0] && !isLocalName(call.scope, path[0]) ? externalName(project, call.scope.module, path) : undefined;
      looked = true;
    }
    return name;
  };
}

function sinkMatches(project: Project, call: CallFact, library: () => string | undefined, sink: SendSink): boolean {
  if ('functions' in sink) return isOneOf(library(), sink.functions);
  const { method } = call;
  if (!method || !sink.methodNames.includes(method.name)) return false;
  return sink.receiver === undefined || receiverMatches(project, call.scope, method.receiver, sink.receiver);
}
