import type { Language } from '../i18n/text.ts';

/** A column of a printed table; `widthShare` is its part of the line's width (the shares of a table add up to 1). */
export interface PrintColumn {
  readonly label: string;
  readonly widthShare: number;
}

/**
 * One A4 sheet in one language, as printed (issue #17): the organisation's lines at the top, the title, labelled
 * lines, a table, and lines to sign at the bottom. Pure data: the PDF adapter lays it out
 * (adapters/documents/render-print-sheet-pdf.ts), so what a sheet says is tested without a renderer.
 */
export interface PrintSheet {
  readonly language: Language;
  readonly header: readonly string[];
  readonly title: string;
  readonly rows: ReadonlyArray<readonly [label: string, value: string]>;
  readonly table: {
    readonly caption: string;
    readonly columns: readonly PrintColumn[];
    readonly rows: ReadonlyArray<readonly string[]>;
    /** Printed instead of the rows when there are none. */
    readonly empty: string;
  };
  readonly footer: readonly string[];
}

/** The metadata of a printed file: its title (also the PDF's /Title) and the instant it was printed. */
export interface PrintMeta {
  readonly title: string;
  readonly printedAt: Date;
}
