/** Reading a printed PDF (page.pdf()) in e2e: its pages, their text, the smallest text size. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

/** Keeps the pages in the document: the real print dialog would block the test. */
export async function stubPrint(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
}
