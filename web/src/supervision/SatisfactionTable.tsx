import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SatisfactionQuestions } from './types.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { answerLabel, percent, questionLabel } from './dashboard-format.ts';

/** The two survey questions (seed 002 appendix 3) against the three answers, with counts and shares. */
export function SatisfactionTable({ caption, questions, testId }: { readonly caption: string; readonly questions: SatisfactionQuestions; readonly testId?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const answers = questions[0]?.answers.map((a) => a.answer) ?? [];
  return (
    <DataTable caption={caption} columns={[t('supervision.satisfaction.question'), ...answers.map((answer) => answerLabel(i18n, answer))]} className="" testId={testId} wrap={false}>
      {questions.map((q) => (
        <tr key={q.question} data-question={q.question}>
          <th scope="row">{questionLabel(i18n, q.question)}</th>
          {q.answers.map((a) => (
            <td key={a.answer} data-answer={a.answer}>
              {t('supervision.satisfaction.countShare', { count: a.count, share: percent(i18n, a.share) })}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
