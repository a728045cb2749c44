/** A file as JSON, before the schema has read it. */
export type JsonObject = Record<string, unknown>;

/**
 * One step of the migration chain: reads a file of format `from` and returns it in format `to`
 * (= from + 1). Pure: it must not change its input, and may throw on data it cannot read (the
 * chain turns that into a problem and nothing is stored).
 */
export interface MigrationStep {
  from: number;
  to: number;
  /** For engineers and the CLI: what the step changes. */
  describe: string;
  migrate: (file: JsonObject) => JsonObject;
}
