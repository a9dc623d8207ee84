import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PDFDocument, PDFName, PDFRawStream, type PDFDict, type PDFNumber } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// jsqr is CommonJS with `export default` in its types: under Node ESM the function is the module's default.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** The text layer of a PDF as pdf.js extracts it (what a reader copies or a screen reader speaks). */
export async function extractPdfText(pdf: Uint8Array): Promise<string> {
  const loaded = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= loaded.numPages; number += 1) {
    const content = await (await loaded.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await loaded.destroy();
  return pages.join('\n');
}

/** The RGB image XObjects of the PDF, decoded to RGBA pixels (pdf-lib stores a PNG as deflated RGB + an alpha mask). */
export async function pdfImages(pdf: Uint8Array): Promise<Array<{ width: number; height: number; rgba: Uint8ClampedArray }>> {
  const loaded = await PDFDocument.load(pdf);
  const found: Array<{ width: number; height: number; rgba: Uint8ClampedArray }> = [];
  for (const [, object] of loaded.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image') || dict.get(PDFName.of('ColorSpace')) !== PDFName.of('DeviceRGB')) continue;
    const width = (dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
    const height = (dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
    const rgb = inflateSync(object.contents);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let pixel = 0; pixel < width * height; pixel += 1) {
      rgba.set([rgb[pixel * 3]!, rgb[pixel * 3 + 1]!, rgb[pixel * 3 + 2]!, 255], pixel * 4);
    }
    found.push({ width, height, rgba });
  }
  return found;
}

/** What the QR codes drawn in the PDF decode to. */
export async function decodePdfQrCodes(pdf: Uint8Array): Promise<string[]> {
  return (await pdfImages(pdf)).map((image) => jsQR(image.rgba, image.width, image.height)?.data ?? null).filter((data): data is string => data !== null);
}
