import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Bumped when the shape of an entry changes, so entries of another shape are never read as this one. */
const ENTRY_FORMAT = 3;

interface StoredEntry {
  format: number;
  key: string;
  value: unknown;
}

/** Where entries are kept: a slot holds one entry, the latest written. */
export interface EntryStore {
  read(slot: string): Promise<{ key: string; value: unknown } | undefined>;
  write(slot: string, key: string, value: unknown): Promise<void>;
}

/** Entries as files in `folder` (see `readEntry` and `writeEntry`). */
export function folderStore(folder: string): EntryStore {
  return { read: (slot) => readEntry(folder, slot), write: (slot, key, value) => writeEntry(folder, slot, key, value) };
}

/**
 * Entries in a map, as the JSON a file would hold: what a scan reads back is a copy, never an
 * object an earlier scan's result still shares.
 */
export function memoryStore(entries: Map<string, string>): EntryStore {
  return {
    read: async (slot) => parseEntry(entries.get(slot)),
    write: async (slot, key, value) => void entries.set(slot, JSON.stringify({ format: ENTRY_FORMAT, key, value } satisfies StoredEntry)),
  };
}

/**
 * An entry lives in `<folder>/<slot>.json`; a slot holds the latest entry of one scan
 * configuration, so the folder does not grow with every change. The caller compares the key stored
 * in it with the one it wants. A missing, unreadable, truncated or foreign file is no entry.
 */
export async function readEntry(folder: string, slot: string): Promise<{ key: string; value: unknown } | undefined> {
  try {
    return parseEntry(await fs.readFile(entryPath(folder, slot), 'utf8'));
  } catch {
    return undefined;
  }
}

function parseEntry(text: string | undefined): { key: string; value: unknown } | undefined {
  try {
    const stored = text === undefined ? undefined : (JSON.parse(text) as Partial<StoredEntry> | null);
    return stored?.format === ENTRY_FORMAT && typeof stored.key === 'string' ? { key: stored.key, value: stored.value } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes to a temporary file in the same folder, then renames it over the entry: a concurrent
 * run reads the old entry or the new one, never half of one.
 */
export async function writeEntry(folder: string, slot: string, key: string, value: unknown): Promise<void> {
  const target = entryPath(folder, slot);
  const temporary = `${target}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  const entry: StoredEntry = { format: ENTRY_FORMAT, key, value };
  try {
    await fs.writeFile(temporary, JSON.stringify(entry));
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

function entryPath(folder: string, slot: string): string {
  return path.join(folder, `${slot}.json`);
}
