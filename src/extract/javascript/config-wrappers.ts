import { calleeEndsWithOneOf, type ExtractOptions } from '../extractor.js';
import { isCall, isMember, isValueArgument, memberName, unwrap, type CallNode, type Node } from './ast.js';
import type { Messages } from './messages.js';
import { sourceText, type ParsedFile } from './parsed-file.js';
import { WHOLE_MESSAGE } from './payload-receivers.js';
import type { Project } from './project.js';
import type { Occurrence } from './site-collector.js';

export const CONFIG_WRAPPER_RULE = 'javascript/config-wrapper';

export const CONFIG_WRAPPER_DESCRIPTION =
  "Calls of the emitter and listener functions named in the config (emitters, listeners): the first argument is the event name, an emitter's second argument its payload, a listener's second argument its handler.";

/**
 * Calls of the config's in-house wrappers, as occurrences of their first argument: names are then
 * resolved (constants, enums, helpers forwarding a parameter) like any socket call's. An emitter's
 * payload is its second argument; a listener's handler, its second argument, receives the whole payload.
 */
export function configWrapperOccurrences(project: Project, options: ExtractOptions, messages: Messages): Occurrence[] {
  if (options.emitters.length === 0 && options.listeners.length === 0) return [];
  const occurrences: Occurrence[] = [];
  for (const file of project.files) {
    for (const node of file.nodes) {
      if (!isCall(node)) continue;
      const [name] = node.arguments;
      if (!name) continue;
      const call = { call: node, name, file };
      const path = writtenPath(node.callee);
      if (calleeEndsWithOneOf(path, options.emitters)) occurrences.push(emitterOccurrence(call, messages));
      if (calleeEndsWithOneOf(path, options.listeners)) occurrences.push(listenerOccurrence(call));
    }
  }
  return occurrences;
}

/** A wrapper call and its first argument (a `...spread` there stands for an unknown name). */
interface WrapperCall {
  call: CallNode;
  name: CallNode['arguments'][number];
  file: ParsedFile;
}

function wrapperOccurrence({ call, name, file }: WrapperCall, kind: Occurrence['kind']): Occurrence {
  const via = sourceText(file, call.callee);
  return { kind, scope: 'wire', rule: CONFIG_WRAPPER_RULE, via, role: 'name', at: { node: name, file } };
}

function emitterOccurrence(wrapper: WrapperCall, messages: Messages): Occurrence {
  const occurrence = wrapperOccurrence(wrapper, 'send');
  const payload = wrapper.call.arguments[1];
  const payloadKeys = isValueArgument(payload) ? messages.objectKeys({ node: payload, file: wrapper.file }) : undefined;
  return payloadKeys ? { ...occurrence, payloadKeys } : occurrence;
}

function listenerOccurrence(wrapper: WrapperCall): Occurrence {
  const occurrence = wrapperOccurrence(wrapper, 'handle');
  const handler = wrapper.call.arguments[1];
  if (!isValueArgument(handler)) return occurrence;
  const handlers = [{ node: handler, file: wrapper.file }];
  return { ...occurrence, receives: { kind: 'callback', handlers, view: WHOLE_MESSAGE } };
}

/** `this.bus.publish(...)` → `['this', 'bus', 'publish']`; an unnamed head (`getBus().publish`) is left out. */
function writtenPath(callee: Node): string[] {
  const expression = unwrap(callee);
  if (expression.type === 'Identifier') return [expression.name];
  if (expression.type === 'ThisExpression') return ['this'];
  const name = isMember(expression) ? memberName(expression) : undefined;
  return isMember(expression) && name !== undefined ? [...writtenPath(expression.object), name] : [];
}
