/** The three languages every person-facing text exists in. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text a person reads, in Kazakh, Russian and English. */
export type Text = Readonly<Record<Language, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Substitutes `{name}` placeholders in every language of a text. */
export function formatText(text: Text, values: Readonly<Record<string, string | number>>): Text {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
  return { kk: fill(text.kk), ru: fill(text.ru), en: fill(text.en) };
}
