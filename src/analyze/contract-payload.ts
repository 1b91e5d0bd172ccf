import type { ContractEvent } from '../extract/contracts/index.js';
import type { EventReport, SchemaMismatch, SiteReference } from '../model/result.js';
import { compareLocations } from '../util/compare.js';

/** The parts of a JSON Schema object that say which payload keys exist. */
interface ObjectSchema {
  properties?: Record<string, unknown>;
  required?: unknown;
  additionalProperties?: unknown;
}

/**
 * Where the code disagrees with the contract's payload schema: a handler reading a field the
 * schema does not define, a sender leaving out a required field, or sending one the schema
 * forbids (`additionalProperties: false`). Only object schemas that list properties are judged;
 * the message's type key belongs to the envelope, not the payload.
 */
export function schemaMismatchesOf(event: EventReport, declared: ContractEvent): SchemaMismatch[] {
  const schema = objectSchema(declared.payloadSchema);
  if (!schema?.properties) return [];
  const mismatches = [
    ...event.handled.flatMap((site) => handlerMismatches(site, schema)),
    ...event.sent.flatMap((site) => senderMismatches(site, schema)),
  ];
  return mismatches.sort(compareLocations);
}

function handlerMismatches(site: SiteReference, schema: ObjectSchema): SchemaMismatch[] {
  return (site.fieldsRead ?? [])
    .filter((read) => !definesField(schema, read.field.split('.')))
    .map((read) => ({ field: read.field, file: read.file, line: read.line, column: read.column, side: 'handler', problem: 'not-in-schema' }));
}

function senderMismatches(site: SiteReference, schema: ObjectSchema): SchemaMismatch[] {
  if (site.payloadKeys === undefined) return [];
  const topLevelKeys = new Set(site.payloadKeys.filter((key) => !key.includes('.')));
  const where = { file: site.file, line: site.line, column: site.column, side: 'sender' as const };
  const required = Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === 'string') : [];
  const missing = required.filter((key) => key !== 'type' && !topLevelKeys.has(key));
  const forbidden = schema.additionalProperties === false ? [...topLevelKeys].filter((key) => !(key in schema.properties!)) : [];
  return [
    ...missing.map((field): SchemaMismatch => ({ field, ...where, problem: 'missing-required' })),
    ...forbidden.map((field): SchemaMismatch => ({ field, ...where, problem: 'not-in-schema' })),
  ];
}

/**
 * Whether the schema defines the field path. The listed properties are the contract: an unlisted
 * field counts as defined only when the schema says other keys are welcome (`additionalProperties`
 * true or a schema); a property without a property list of its own defines everything below it.
 */
function definesField(schema: ObjectSchema, path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined || !schema.properties) return true;
  if (!(head in schema.properties)) return schema.additionalProperties === true || objectSchema(schema.additionalProperties) !== undefined;
  return definesField(objectSchema(schema.properties[head]) ?? {}, rest);
}

function objectSchema(value: unknown): ObjectSchema | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ObjectSchema) : undefined;
}
