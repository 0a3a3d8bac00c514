/** Groups items by a key into a Map, keeping their order; an item with several keys is in each of their groups. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | K[]): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const keys = key(item);
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}
