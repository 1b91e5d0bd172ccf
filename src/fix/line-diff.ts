/** One line of a diff: kept, removed from the old text, or added in the new one. */
export interface LineEdit {
  kind: 'equal' | 'delete' | 'insert';
  line: string;
}

/**
 * A shortest edit script from `before` to `after` (Myers' O(ND) algorithm), run on what lies between
 * the common first and last lines: a plan only inserts, so that part is small.
 */
export function diffLines(before: readonly string[], after: readonly string[]): LineEdit[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const equal = (line: string): LineEdit => ({ kind: 'equal', line });
  return [
    ...before.slice(0, prefix).map(equal),
    ...shortestEdit(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix)),
    ...before.slice(before.length - suffix).map(equal),
  ];
}

function shortestEdit(before: readonly string[], after: readonly string[]): LineEdit[] {
  const max = before.length + after.length;
  const offset = max + 1;
  const furthest = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = followsInsertion(furthest, offset, k, d) ? furthest[offset + k + 1]! : furthest[offset + k - 1]! + 1;
      let y = x - k;
      while (x < before.length && y < after.length && before[x] === after[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= before.length && y >= after.length) return backtrack(trace, offset, before, after);
    }
  }
  return [];
}

/** Whether the best path to diagonal `k` comes down from `k + 1` (an insertion) rather than across from `k - 1`. */
function followsInsertion(furthest: Int32Array, offset: number, k: number, d: number): boolean {
  return k === -d || (k !== d && furthest[offset + k - 1]! < furthest[offset + k + 1]!);
}

function backtrack(trace: readonly Int32Array[], offset: number, before: readonly string[], after: readonly string[]): LineEdit[] {
  const edits: LineEdit[] = [];
  let x = before.length;
  let y = after.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const furthest = trace[d]!;
    const k = x - y;
    const previousK = followsInsertion(furthest, offset, k, d) ? k + 1 : k - 1;
    const previousX = furthest[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ kind: 'equal', line: before[x]! });
    }
    if (d === 0) break;
    if (x === previousX) {
      y--;
      edits.push({ kind: 'insert', line: after[y]! });
    } else {
      x--;
      edits.push({ kind: 'delete', line: before[x]! });
    }
  }
  return edits.reverse();
}
