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

/**
 * An entry lives in `<folder>/<slot>.json`; a slot holds the latest entry of one scan
 * configuration, so the folder does not grow with every change. The caller compares the key stored
 * in it with the one it wants. A missing, unreadable, truncated or foreign file is no entry.
 */
export async function readEntry(folder: string, slot: string): Promise<{ key: string; value: unknown } | undefined> {
  try {
    const stored = JSON.parse(await fs.readFile(entryPath(folder, slot), 'utf8')) as Partial<StoredEntry> | null;
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
