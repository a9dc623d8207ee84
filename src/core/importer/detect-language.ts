/** Kazakh or Russian: Kazakh Cyrillic has letters Russian does not (ә ғ қ ң ө ұ ү һ і). */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC_LETTERS = /[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

export type ImportLanguage = 'kk' | 'ru';

export function detectLanguage(text: string): ImportLanguage {
  const kazakh = text.match(KAZAKH_LETTERS)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC_LETTERS)?.length ?? 0;
  // Kazakh running text has several percent of its own letters; a Russian text next to none.
  return cyrillic > 0 && kazakh / cyrillic > 0.01 ? 'kk' : 'ru';
}
