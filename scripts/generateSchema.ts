/**
 * Writes the JSON Schema of the org file to `public/schema.json` (run `npm run schema` after any
 * change to src/domain/schema.ts; a test fails while the committed file is stale).
 * Input types are used (`io: 'input'`): fields with defaults, such as `units`, are optional in a file.
 * An org file can point editors at it with `"$schema": "./schema.json"`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  FORMAT_VERSION,
  channelsSchema,
  idSchema,
  linkSchema,
  localizedListSchema,
  localizedTextSchema,
  maintainerSchema,
  orgFileSchema,
  organisationSchema,
  personSchema,
  positionSchema,
  responsibilitySchema,
  serviceSchema,
  topicSchema,
  unitSchema,
} from '../src/domain/schema';

export const SCHEMA_PATH = fileURLToPath(new URL('../public/schema.json', import.meta.url));

/** Named definitions (`#/$defs/Position`…) make the schema readable and editors' hints clearer. */
const NAMED: Array<[z.ZodType, string]> = [
  [idSchema, 'Id'],
  [localizedTextSchema, 'LocalizedText'],
  [localizedListSchema, 'LocalizedList'],
  [channelsSchema, 'Channels'],
  [maintainerSchema, 'Maintainer'],
  [organisationSchema, 'Organisation'],
  [unitSchema, 'Unit'],
  [responsibilitySchema, 'Responsibility'],
  [positionSchema, 'Position'],
  [personSchema, 'Person'],
  [linkSchema, 'Link'],
  [serviceSchema, 'Service'],
  [topicSchema, 'Topic'],
];

/** The schema file's exact text: pretty-printed, ending with a newline. */
export function buildSchemaJson(): string {
  // Ids go into zod's global registry next to the descriptions (which a separate registry would
  // lose); adding them is idempotent, so building twice in one process is fine.
  for (const [schema, id] of NAMED) {
    const meta = z.globalRegistry.get(schema);
    if (meta?.id !== id) z.globalRegistry.add(schema, { ...meta, id });
  }
  const generated = z.toJSONSchema(orgFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // Shared pieces (localized text, channels…) go to $defs once instead of being repeated.
    reused: 'inline',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: 'https://wayfinder.example.com/schema.json',
    title: 'Wayfinder org file',
    ...rest,
    description: `Units, positions, people and topics of an organisation, for Wayfinder (format version ${FORMAT_VERSION}). Text may be a string or a map of language tags to text.`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, buildSchemaJson());
  console.log(`Wrote ${SCHEMA_PATH}`);
}
