/** Reading a printed PDF (page.pdf()) in e2e: its pages, their text, the smallest text size. */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Each page's text, and the smallest font size on it in points. */
  text: string[];
  minPt: number[];
  size: [number, number];
}

export async function readPdf(bytes: Buffer): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const text: string[] = [];
  const minPt: number[] = [];
  let size: [number, number] = [0, 0];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    if (i === 1) size = [page.view[2]!, page.view[3]!];
    const content = await page.getTextContent();
    let min = Infinity;
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      parts.push(item.str);
      // The text matrix's scale is the glyphs' size in PDF units (points).
      const [a, b] = item.transform as number[];
      min = Math.min(min, Math.hypot(a!, b!));
    }
    text.push(parts.join(' '));
    minPt.push(min);
  }
  return { pages: doc.numPages, text, minPt, size };
}

export interface PdfColours {
  /** How many text runs each fill colour (`r,g,b`) draws, over all pages. */
  text: Record<string, number>;
  /** How many shapes (boxes, borders, backgrounds) each fill colour paints. */
  shapes: Record<string, number>;
}

/** The colours a PDF is drawn in, read from its pages' drawing operators. */
export async function readPdfColours(bytes: Buffer): Promise<PdfColours> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const text: Record<string, number> = {};
  const shapes: Record<string, number> = {};
  for (let i = 1; i <= doc.numPages; i++) {
    const ops = await (await doc.getPage(i)).getOperatorList();
    let fill = '0,0,0'; // PDF's initial fill colour
    ops.fnArray.forEach((fn, k) => {
      const args = ops.argsArray[k] as ArrayLike<number> | undefined;
      if (fn === OPS.setFillRGBColor && args) fill = Array.from(args).slice(0, 3).join(',');
      else if (fn === OPS.setFillGray && args) fill = [0, 0, 0].map(() => args[0]! * 255).join(',');
      else if (fn === OPS.showText || fn === OPS.showSpacedText) text[fill] = (text[fill] ?? 0) + 1;
      else if (fn === OPS.fill || fn === OPS.eoFill) shapes[fill] = (shapes[fill] ?? 0) + 1;
    });
  }
  return { text, shapes };
}

/** Keeps the pages in the document: the real print dialog would block the test. */
export async function stubPrint(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
}
