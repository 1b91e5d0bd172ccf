import { describe, expect, it } from 'vitest';
import { eventsWithContract } from '../../src/analyze/contract.js';
import { summarizeContract } from '../../src/analyze/contract-summary.js';
import { crossReference } from '../../src/analyze/cross-reference.js';
import type { Contract, ContractEvent } from '../../src/extract/contracts/index.js';
import type { EventReport } from '../../src/model/result.js';
import type { Site } from '../../src/model/site.js';
import { clientHandler, clientSend, serverHandler, serverSend } from '../helpers/make-site.js';

function declared(name: string, line: number, more: Partial<ContractEvent> = {}): ContractEvent {
  return { file: 'asyncapi.yaml', line, column: 11, name, direction: 'server-to-client', ...more };
}

function contractOf(...events: ContractEvent[]): Contract {
  return { file: 'asyncapi.yaml', format: 'asyncapi', events, warnings: [] };
}

function apply(sites: Site[], contract: Contract): EventReport[] {
  return eventsWithContract(crossReference(sites), [], contract);
}

/** `direction name status contract category` for each event, in result order. */
const verdicts = (events: readonly EventReport[]) =>
  events.map((event) => `${event.direction} ${event.name} ${event.status} ${event.contract ?? '-'} ${event.category}`);

describe('eventsWithContract', () => {
  it('says how each event compares with the contract, and adds rows for events only the contract has', () => {
    const events = apply(
      [serverSend('ok_event'), clientHandler('ok_event'), serverSend('unheard'), clientHandler('unsent'), serverSend('extra'), clientHandler('extra')],
      contractOf(declared('ok_event', 3), declared('unheard', 4), declared('unsent', 5), declared('missing', 6)),
    );
    expect(verdicts(events)).toEqual([
      'server-to-client extra handled not-in-contract Static',
      'server-to-client missing contract-only not-implemented Uncategorised',
      'server-to-client ok_event handled ok Static',
      'server-to-client unheard unhandled missing-handler Uncategorised',
      'server-to-client unsent dead-handler missing-sender Static',
    ]);
    expect(events.map((event) => event.inContract)).toEqual([false, true, true, true, true]);
  });

  it('gives a contract-only row empty lists and where the contract declares it', () => {
    const [row] = apply([], contractOf(declared('missing', 6, { category: 'Jobs' })));
    expect(row).toEqual({
      name: 'missing',
      direction: 'server-to-client',
      status: 'contract-only',
      dynamic: false,
      sent: [],
      handled: [],
      fieldMismatches: [],
      category: 'Jobs',
      inContract: true,
      contract: 'not-implemented',
      declaredAt: { file: 'asyncapi.yaml', line: 6, column: 11 },
    });
  });

  it('matches by direction as well as name', () => {
    const events = apply(
      [clientSend('ping'), serverHandler('ping')],
      contractOf(declared('ping', 3), declared('ping', 4, { direction: 'client-to-server' })),
    );
    expect(verdicts(events)).toEqual([
      'server-to-client ping contract-only not-implemented Uncategorised',
      'client-to-server ping handled ok Static',
    ]);
    expect(events[1]!.declaredAt).toEqual({ file: 'asyncapi.yaml', line: 4, column: 11 });
  });

  it('uses the contract\'s category, else the one the event would have had', () => {
    const events = apply(
      [serverSend('a'), clientHandler('a', { file: 'static/pipeline.js' }), serverSend('b'), clientHandler('b', { file: 'static/pipeline.js' })],
      contractOf(declared('a', 3, { category: 'Training' }), declared('b', 4)),
    );
    expect(events.map((event) => `${event.name} ${event.category}`)).toEqual(['a Training', 'b Pipeline']);
  });

  it('lets a pattern stand for the contract names it matches, without rows of their own', () => {
    const events = apply(
      [serverSend('job_*', { dynamic: true }), serverSend('*', { dynamic: true, line: 2 }), serverSend('other_*', { dynamic: true, line: 3 })],
      contractOf(declared('job_started', 3, { category: 'Jobs' }), declared('job_done', 4, { category: 'Jobs' })),
    );
    expect(verdicts(events)).toEqual([
      'server-to-client * unhandled - Uncategorised',
      'server-to-client job_* unhandled missing-handler Jobs',
      'server-to-client other_* unhandled not-in-contract Uncategorised',
    ]);
    expect(events.map((event) => event.inContract)).toEqual([false, true, false]);
  });

  it('leaves library and client-local events the contract does not name without a verdict', () => {
    const events = apply(
      [clientHandler('connect'), clientSend('connected', { scope: 'local' }), clientHandler('connected')],
      contractOf(declared('disconnect', 3)),
    );
    expect(verdicts(events)).toEqual([
      'server-to-client connect library - Static',
      'server-to-client disconnect contract-only not-implemented Uncategorised',
      'client-local connected client-local - Static',
    ]);
    expect(events.map((event) => event.inContract)).toEqual([false, true, false]);
  });

  it('counts a library event the contract names as sent by the library', () => {
    const events = apply([clientHandler('connect')], contractOf(declared('connect', 3)));
    expect(verdicts(events)).toEqual(['server-to-client connect library ok Static']);
  });

  it('matches contract events in every namespace', () => {
    const events = apply(
      [serverSend('notice', { namespace: '/admin' }), clientHandler('notice', { namespace: '/admin' })],
      contractOf(declared('notice', 3)),
    );
    expect(events.map((event) => `${event.namespace} ${event.name} ${event.contract}`)).toEqual(['/admin notice ok']);
  });
});

describe('summarizeContract', () => {
  it('counts the verdicts of the reported events', () => {
    const contract = contractOf(declared('ok_event', 3), declared('unheard', 4), declared('unsent', 5), declared('missing', 6));
    const events = apply(
      [serverSend('ok_event'), clientHandler('ok_event'), serverSend('unheard'), clientHandler('unsent'), serverSend('extra')],
      contract,
    );
    expect(summarizeContract(events, contract)).toEqual({
      file: 'asyncapi.yaml',
      format: 'asyncapi',
      expected: 4,
      ok: 1,
      neverSent: 2,
      neverHandled: 2,
      notInContract: 1,
    });
  });
});
