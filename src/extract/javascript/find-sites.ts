import type { Site } from '../../model/site.js';
import type { ExtractOptions } from '../extractor.js';
import { configWrapperOccurrences } from './config-wrappers.js';
import { dispatchedKeys } from './dispatched-keys.js';
import { EventNames } from './event-names.js';
import { FieldReads } from './field-reads.js';
import { CallIndex } from './function-refs.js';
import { HandlerViews } from './handler-views.js';
import { IncomingMessages } from './incoming.js';
import { ManagerClasses } from './manager-classes.js';
import { markIncomingMessages } from './message-handlers.js';
import { Messages } from './messages.js';
import { PayloadPaths } from './payload-paths.js';
import type { Project } from './project.js';
import { ReceiverClassifier } from './receivers.js';
import { SiteCollector } from './site-collector.js';
import { findEnvelopeProperties, findSocketCalls, socketCallOccurrence } from './socket-calls.js';
import { Tracer } from './trace.js';
import { TypeDispatch } from './type-dispatch.js';

/**
 * The JavaScript pipeline: find calls on sockets, mark where incoming messages are and which of
 * their fields names the event, then turn socket calls and type dispatch into sites (following
 * helpers across files), each handler site with the payload fields it reads. Calls of the config's wrappers come last: they only add sites
 * where no other rule found one.
 */
export function findSites(project: Project, options: ExtractOptions): Site[] {
  const tracer = new Tracer(project);
  const names = new EventNames(tracer);
  let callIndex: CallIndex | undefined;
  const calls = (): CallIndex => (callIndex ??= new CallIndex(project, tracer));
  const receivers = new ReceiverClassifier(project, tracer, names, new ManagerClasses(tracer), calls);
  const incoming = new IncomingMessages(project);

  const socketCalls = findSocketCalls(project, receivers);
  markIncomingMessages(socketCalls, findEnvelopeProperties(project, receivers), names, tracer, incoming);

  const paths = new PayloadPaths(project);
  const keys = dispatchedKeys(project, incoming, paths, names);
  const messages = new Messages(project, tracer, names, keys);
  const views = new HandlerViews(tracer, incoming, paths);
  const fieldReads = new FieldReads(tracer, paths, keys.dispatched);
  const collector = new SiteCollector(project, names, messages, incoming, calls, fieldReads);
  for (const socketCall of socketCalls) {
    const occurrence = socketCallOccurrence(socketCall, names, messages, views);
    if (occurrence) collector.add(occurrence);
  }
  new TypeDispatch(project, incoming, tracer, names, paths, views, collector).scan(project.files);
  configWrapperOccurrences(project, options, messages).forEach((occurrence) => collector.addConfigWrapper(occurrence));
  return collector.sites();
}
