/** Performance marks (`wayfinder:<name>`) that the benches read, e.g. the cold-start breakdown. */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(`wayfinder:${name}`);
  }
}
