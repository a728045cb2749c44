/**
 * French messages written in code (problems, notices: `{ en, fr }` objects, or an English and a
 * French argument) follow the same typography as the message files: the typographic apostrophe
 * (l’unité), never the typewriter one. Read from the sources with TypeScript's parser, so every
 * literal is seen, even one that no test triggers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every literal piece of each `fr:` property's value, with where it is. */
function frenchLiterals(path: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { where: string; text: string }[] = [];
  const literals = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ where: `${relative(SRC, path)}:${line + 1}`, text: node.text });
    }
    ts.forEachChild(node, literals);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'fr')
      literals(node.initializer);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every string, template piece and JSX text in the file. */
function everyLiteral(path: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: { where: string; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ where: `${relative(SRC, path)}:${line + 1}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('French messages written in code', () => {
  const all = sourceFiles(SRC).flatMap(frenchLiterals);

  it('are found (the parser sees the problem messages)', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('use ’ as apostrophe, never a letter-quote-letter typewriter one', () => {
    const offending = all.filter(({ text }) => /\p{L}'\p{L}/u.test(text));
    expect(offending).toEqual([]);
  });

  it('use ’ in French elisions wherever they are written (l’, d’, n’, qu’…)', () => {
    // Any literal: French also comes as a function's argument (`problem(code, en, fr)`).
    const elision = /(?<!\p{L})(?:l|d|n|s|c|j|m|t|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/iu;
    const offending = sourceFiles(SRC)
      .flatMap(everyLiteral)
      .filter(({ text }) => elision.test(text));
    expect(offending).toEqual([]);
  });
});
