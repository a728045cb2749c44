/** Animated pans and zooms last `ms`, or none when the user asks for less motion. */
export function motion(ms: number): number {
  const reduce =
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  return reduce ? 0 : ms;
}
