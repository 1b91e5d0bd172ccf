/** Adds `value` to the list `map` holds for `key`, in place (copying the list on every add is quadratic). */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
