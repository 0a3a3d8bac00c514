/** Builds a value once per build and shares the same promise with every page that asks for it. */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= build());
}

/** Groups items by a key into a Map, keeping their order. */
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
