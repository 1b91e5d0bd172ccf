import type { FieldMismatch, SiteReference } from '../model/result.js';
import { compareLocations } from '../util/compare.js';
import { closestMatch } from '../util/edit-distance.js';

/**
 * The fields handlers read that no send site of the event provides. Judged only when every send
 * site's payload keys are known: one sender whose payload cannot be seen might provide anything.
 */
export function fieldMismatchesOf(sent: readonly SiteReference[], handled: readonly SiteReference[]): FieldMismatch[] {
  if (sent.length === 0 || sent.some((site) => site.payloadKeys === undefined)) return [];
  const provided = new Set(sent.flatMap((site) => site.payloadKeys ?? []));
  return handled
    .filter((site) => !site.catchAll)
    .flatMap((site) => site.fieldsRead ?? [])
    .filter((read) => !isProvided(read.field, provided))
    .map((read) => {
      const closest = closestSibling(read.field, provided);
      return { field: read.field, file: read.file, line: read.line, column: read.column, ...(closest ? { closest } : {}) };
    })
    .sort(compareLocations);
}

/**
 * `data.cpu` is provided when the key is, and also when `data` is but nothing is known of its
 * keys (its value was not a literal the extractor could read).
 */
function isProvided(field: string, provided: ReadonlySet<string>): boolean {
  if (provided.has(field)) return true;
  const segments = field.split('.');
  for (let length = segments.length - 1; length > 0; length--) {
    const parent = segments.slice(0, length).join('.');
    if (provided.has(parent)) return ![...provided].some((key) => key.startsWith(`${parent}.`));
  }
  return false;
}

/**
 * The provided key under the same parent whose last segment is closest to the field's:
 * `data.cpuLoad` → `data.cpu_load`. Only last segments are compared, so a shared parent does
 * not make unrelated names look alike.
 */
function closestSibling(field: string, provided: ReadonlySet<string>): string | undefined {
  const parent = field.includes('.') ? field.slice(0, field.lastIndexOf('.') + 1) : '';
  const depth = field.split('.').length;
  const siblings = [...provided].filter((key) => key.startsWith(parent) && key.split('.').length === depth);
  const closest = closestMatch(field.slice(parent.length), siblings.map((key) => key.slice(parent.length)));
  return closest === undefined ? undefined : parent + closest;
}
