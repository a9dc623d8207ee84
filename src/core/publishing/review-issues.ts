import { formatText, type Text } from '../i18n/text.ts';
import type { DefinitionIssue } from '../regulation/parse-regulation.ts';
import type { CitationIssue } from './check-citations.ts';

/** One finding of the review, with the JSON path inside the draft it concerns and a message in kk/ru/en. */
export interface ReviewIssue {
  /** `definition.<path>` or `actLifecycle.<path>`. */
  readonly path: string;
  readonly code: 'schema' | 'citation' | 'idTaken' | 'actLifecycle';
  readonly message: Text;
  /** The catalog check's own wording (English, technical), where it has one. */
  readonly detail?: string;
}

const SCHEMA: Text = {
  kk: 'Каталогтың тексеруі өтпеді: {detail}',
  ru: 'Не пройдена проверка каталога: {detail}',
  en: 'The catalog check does not pass: {detail}',
};

const CITATION: Readonly<Record<CitationIssue['problem'], Text>> = {
  otherText: {
    kk: '{seed} мәтініне сілтеме: жарияланатын редакция тек жүктелген мәтінге ({citationName}) сілтеме жасайды.',
    ru: 'Ссылка на текст {seed}: публикуемая редакция ссылается только на загруженный текст ({citationName}).',
    en: 'Cites {seed}: a published version cites only its uploaded text ({citationName}).',
  },
  lineMissing: {
    kk: 'Мәтінде {line}-жол жоқ.',
    ru: 'В тексте нет строки {line}.',
    en: 'The text has no line {line}.',
  },
  quoteNotOnLine: {
    kk: '«{quote}» дәйексөзі {line}-жолда табылмады.',
    ru: 'Цитата «{quote}» не найдена в строке {line}.',
    en: 'The quote "{quote}" is not on line {line}.',
  },
  figureDiffers: {
    kk: 'Мерзім дәйексөзбен сәйкес емес: {line}-жолда «{quote}» ({quotedValue} {quotedUnit}).',
    ru: 'Срок не совпадает с цитатой: в строке {line} «{quote}» ({quotedValue} {quotedUnit}).',
    en: 'The limit differs from its quote: line {line} says "{quote}" ({quotedValue} {quotedUnit}).',
  },
};

const ID_TAKEN: Text = {
  kk: '«{id}» идентификаторы каталогта бар; жаңа редакцияға басқа идентификатор беріңіз.',
  ru: 'Идентификатор «{id}» уже есть в каталоге; дайте новой редакции другой идентификатор.',
  en: 'The id "{id}" is already in the catalog; give the new version another id.',
};

const ACT_LIFECYCLE: Text = {
  kk: 'Акт өмірлік циклі: {detail}',
  ru: 'Жизненный цикл акта: {detail}',
  en: 'Act lifecycle: {detail}',
};

const prefixed = (prefix: string, path: string) => (path === '(root)' ? prefix : `${prefix}.${path}`);

export function definitionIssue(issue: DefinitionIssue, prefix = 'definition'): ReviewIssue {
  return { path: prefixed(prefix, issue.path), code: 'schema', message: formatText(SCHEMA, { detail: `${issue.path}: ${issue.reason}` }), detail: issue.reason };
}

export function actLifecycleIssue(issue: DefinitionIssue): ReviewIssue {
  return { path: prefixed('actLifecycle', issue.path), code: 'actLifecycle', message: formatText(ACT_LIFECYCLE, { detail: `${issue.path}: ${issue.reason}` }), detail: issue.reason };
}

export function citationIssue(issue: CitationIssue, citationName: string, prefix = 'definition'): ReviewIssue {
  const { seed, line, quote } = issue.source;
  return {
    path: prefixed(prefix, issue.path),
    code: 'citation',
    message: formatText(CITATION[issue.problem], {
      seed,
      line,
      quote,
      citationName,
      quotedValue: issue.quoted?.value ?? '?',
      quotedUnit: issue.quoted?.unit ?? '?',
    }),
  };
}

export function idTakenIssue(id: string): ReviewIssue {
  return { path: 'definition.id', code: 'idTaken', message: formatText(ID_TAKEN, { id }) };
}
