/** The Wayfinder mark: a compass needle in a rounded square (same drawing as favicon.svg). */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--brand, #2f5bea)" />
      <path d="M16 5 L20 16 L16 27 L12 16 Z" fill="#fff" opacity="0.35" />
      <path d="M16 5 L20 16 L12 16 Z" fill="#fff" />
      <circle
        cx="16"
        cy="16"
        r="2.2"
        fill="var(--brand, #2f5bea)"
        stroke="#fff"
        strokeWidth="1.4"
      />
    </svg>
  );
}
