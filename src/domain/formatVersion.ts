/**
 * The format version this app writes and reads natively. Older files and stored versions are
 * brought up to it by the steps in `migrations/` (one per version, pure, tested against fixtures
 * of the old version). Bump it only together with a new migration step.
 * Its own module, so the start-up path can read it without loading zod.
 */
export const FORMAT_VERSION = 2;
