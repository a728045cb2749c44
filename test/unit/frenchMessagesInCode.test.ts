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

interface Literal {
  where: string;
  text: string;
  /** Inside the value of an `fr:` property. */
  french: boolean;
}

/** Every string, template piece and JSX text in the file, with where it is. */
function literalsOf(path: string): Literal[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Literal[] = [];
  const visit = (node: ts.Node, french: boolean): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ where: `${relative(SRC, path)}:${line + 1}`, text: node.text, french });
    }
    const inFr = french || (ts.isPropertyAssignment(node) && node.name.getText(source) === 'fr');
    ts.forEachChild(node, (child) => visit(child, inFr));
  };
  visit(source, false);
  return found;
}

describe('French messages written in code', () => {
  const every = sourceFiles(SRC).flatMap(literalsOf);
  const all = every.filter((l) => l.french);

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
    const offending = every.filter(({ text }) => elision.test(text));
    expect(offending).toEqual([]);
  });
});
