import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemaJson, SCHEMA_PATH } from '../../scripts/generateSchema';
import { FORMAT_VERSION } from '../../src/domain/schema';

describe('public/schema.json', () => {
  it('is up to date with src/domain/schema.ts', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(
      committed === buildSchemaJson(),
      'public/schema.json is stale: run "npm run schema" and commit the result',
    ).toBe(true);
  });

  it('describes the format with an id, a title and named definitions', () => {
    const schema = JSON.parse(buildSchemaJson()) as {
      $id: string;
      title: string;
      required: string[];
      properties: Record<string, unknown>;
      $defs: Record<string, unknown>;
    };
    expect(schema.$id).toMatch(/schema\.json$/);
    expect(schema.title).toBe('Wayfinder org file');
    // Input types: lists with defaults are optional in a file.
    expect(schema.required.sort()).toEqual(['formatVersion', 'organisation']);
    expect(schema.properties.formatVersion).toMatchObject({ const: FORMAT_VERSION });
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Position', 'Person', 'Unit', 'Topic', 'LocalizedText']),
    );
  });
});
