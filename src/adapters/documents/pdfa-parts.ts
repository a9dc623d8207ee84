import { readFile } from 'node:fs/promises';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * What makes a pdf-lib document PDF/A-2b (ISO 19005-2, level B) beyond its embedded fonts: XMP metadata that repeats
 * the document information dictionary and declares the part and level (6.6.2, 6.6.4), an output intent with an
 * embedded ICC profile for the DeviceRGB colours the page uses (6.2.3, 6.2.4.3), and a file identifier (6.1.3).
 */
export interface PdfaMetadata {
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  readonly producer: string;
  readonly creator: string;
  readonly createdAt: Date;
  /** 16 bytes as 32 hex digits: the first and second elements of the trailer's /ID. */
  readonly documentIdHex: string;
}

/**
 * sRGB IEC61966-2.1 as colord ships it (data/profiles/sRGB.icc, CC0-1.0; Debian package colord-data), committed next to
 * this file so the project needs no system package to print a document.
 */
const SRGB_PROFILE_URL = new URL('./icc/sRGB.icc', import.meta.url);
let srgbProfile: Promise<Buffer> | null = null;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ISO 8601 in UTC to the second, the form the XMP dates and pdf-lib's info dates (D:…Z) both name. */
const xmpDate = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

export function xmpPacket(meta: PdfaMetadata): string {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(meta.title)}</dc:title>
<dc:description>${alt(meta.subject)}</dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>
<pdf:Keywords>${escapeXml(meta.keywords)}</pdf:Keywords>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>${escapeXml(meta.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${xmpDate(meta.createdAt)}</xmp:CreateDate>
<xmp:ModifyDate>${xmpDate(meta.createdAt)}</xmp:ModifyDate>
<xmp:MetadataDate>${xmpDate(meta.createdAt)}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/** Sets the information dictionary, the XMP stream, the sRGB output intent and the /ID on a document being built. */
export async function makePdfa(pdf: PDFDocument, meta: PdfaMetadata): Promise<void> {
  // Whole seconds: the info dictionary's date form has no fractions, and the XMP must say the same instant.
  const createdAt = new Date(Math.floor(meta.createdAt.getTime() / 1000) * 1000);
  pdf.setTitle(meta.title);
  pdf.setSubject(meta.subject);
  pdf.setKeywords([meta.keywords]);
  pdf.setProducer(meta.producer);
  pdf.setCreator(meta.creator);
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);

  const { context, catalog } = pdf;
  // Uncompressed, so any tool can read the metadata without inflating it.
  const xmp = context.stream(new TextEncoder().encode(xmpPacket({ ...meta, createdAt })), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));

  srgbProfile ??= readFile(SRGB_PROFILE_URL);
  const profile = context.flateStream(await srgbProfile, { N: 3 });
  const outputIntent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(profile),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(outputIntent)]));
  context.trailerInfo.ID = context.obj([PDFHexString.of(meta.documentIdHex), PDFHexString.of(meta.documentIdHex)]);
}
