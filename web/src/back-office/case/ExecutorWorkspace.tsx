import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { CaseView, LabourMarketHistory, Person, Regulation, RegistryRecord, RegistryVocabulary } from '../../api/types.ts';
import { useI18n, type I18n } from '../../i18n/I18nProvider.tsx';
import { formatDate } from '../../i18n/format.ts';
import { ChoiceList, toggled } from '../../shared/ChoiceList.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';
import '../back-office.css';

/** One lookup's state: still loading, its answer, or the error to show (each lookup fails on its own). */
type Lookup<T> = { readonly state: 'loading' } | { readonly state: 'done'; readonly value: T } | { readonly state: 'failed'; readonly error: unknown };

function useLookup<T>(load: () => Promise<T>, key: string): Lookup<T> {
  const [lookup, setLookup] = useState<Lookup<T>>({ state: 'loading' });
  // The lookup reruns when its key changes, not when the caller hands a new closure on every render.
  const latestLoad = useRef(load);
  latestLoad.current = load;
  useEffect(() => {
    let active = true;
    setLookup({ state: 'loading' });
    latestLoad.current().then(
      (value) => active && setLookup({ state: 'done', value }),
      (error: unknown) => active && setLookup({ state: 'failed', error }),
    );
    return () => {
      active = false;
    };
  }, [key]);
  return lookup;
}

const label = (i18n: I18n, labels: Record<string, { kk: string; ru: string; en: string }> | undefined, code: string) => {
  const found = labels?.[code];
  return found ? i18n.text(found) : code;
};

function LookupState({ lookup }: { readonly lookup: Lookup<unknown> }) {
  const { t } = useI18n();
  if (lookup.state === 'loading') return <p>{t('app.loading')}</p>;
  if (lookup.state === 'failed') return <ErrorAlert error={lookup.error} />;
  return null;
}

function ApplicantCard({ lookup }: { readonly lookup: Lookup<Person> }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  if (lookup.state !== 'done') return <LookupState lookup={lookup} />;
  const person = lookup.value;
  // Names are kept in Kazakh and Russian (the persons database); English screens show the Russian spelling.
  const name = language === 'kk' ? person.name.kk : person.name.ru;
  const fullName = [name.surname, name.givenName, name.patronymic].filter(Boolean).join(' ');
  // The region is a code; the supervision catalog names the regions (an unknown code shows as itself).
  const address = [i18n.tDynamic(`supervision.region.${person.address.region}`, person.address.region), person.address.district, person.address.locality, person.address.line].filter(Boolean).join(', ');
  return (
    <>
      <dl>
        <dt>{t('workspace.name')}</dt>
        <dd data-testid="workspace-applicant-name">{fullName}</dd>
        <dt>{t('workspace.birthDate')}</dt>
        <dd>{formatDate(language, person.birthDate)}</dd>
        <dt>{t('workspace.sex')}</dt>
        <dd>{person.sex === 'male' ? t('workspace.sex.male') : t('workspace.sex.female')}</dd>
        <dt>{t('workspace.citizenship')}</dt>
        <dd>{person.citizenship}</dd>
        <dt>{t('workspace.address')}</dt>
        <dd>{address || t('common.empty')}</dd>
        {person.deathDate ? (
          <>
            <dt>{t('workspace.deathDate')}</dt>
            <dd>{formatDate(language, person.deathDate)}</dd>
          </>
        ) : null}
      </dl>
      <h4>{t('workspace.family')}</h4>
      {person.family.length === 0 ? (
        <p>{t('workspace.none')}</p>
      ) : (
        <ul>
          {person.family.map((member) => (
            <li key={`${member.relation}:${member.iin}`}>
              {i18n.tDynamic(`workspace.relation.${member.relation}`, member.relation)}: {member.fullName ?? t('common.empty')} ({member.iin})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function LabourMarketCard({ lookup, vocabulary }: { readonly lookup: Lookup<LabourMarketHistory>; readonly vocabulary: RegistryVocabulary | undefined }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  if (lookup.state !== 'done') return <LookupState lookup={lookup} />;
  const history = lookup.value;
  const date = (iso: string) => formatDate(language, iso);
  return (
    <>
      <h4>{t('workspace.jobSeekerCards')}</h4>
      <ListOrNone items={history.jobSeekerCards}>
        {(card) => (
          <>
            {card.desiredOccupation ?? t('common.empty')} — {t('workspace.card.registered', { date: date(card.registeredOn) })},{' '}
            {card.closedOn ? t('workspace.card.closed', { date: date(card.closedOn) }) : t('workspace.card.open')}
          </>
        )}
      </ListOrNone>
      <h4>{t('workspace.unemployedCards')}</h4>
      <ListOrNone items={history.unemployedCards}>
        {(card) => (
          <>
            {t('workspace.card.registered', { date: date(card.registeredOn) })},{' '}
            {card.deregisteredOn
              ? `${t('workspace.card.closed', { date: date(card.deregisteredOn) })} (${label(i18n, vocabulary?.deregistrationReasons, card.deregistrationReason ?? '')})`
              : t('workspace.card.open')}
          </>
        )}
      </ListOrNone>
      <h4>{t('workspace.referrals')}</h4>
      <ListOrNone items={history.referrals}>
        {(referral) => (
          <>
            {label(i18n, vocabulary?.measures, referral.measure)} — {date(referral.issuedOn)}: {label(i18n, vocabulary?.referralOutcomes, referral.outcome)}
          </>
        )}
      </ListOrNone>
    </>
  );
}

function RecordsCard({ lookup, vocabulary }: { readonly lookup: Lookup<RegistryRecord[]>; readonly vocabulary: RegistryVocabulary | undefined }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  if (lookup.state !== 'done') return <LookupState lookup={lookup} />;
  const date = (iso: string) => formatDate(language, iso);
  return (
    <ListOrNone items={lookup.value}>
      {(record) => (
        <>
          {label(i18n, vocabulary?.recordKinds, record.kind)}: {record.outcome === 'positive' ? t('workspace.record.positive') : t('workspace.record.refusal')},{' '}
          {t('workspace.record.recorded', { date: date(record.recordedOn) })}
          {record.validFrom && record.validTo ? `, ${t('workspace.record.valid', { from: date(record.validFrom), to: date(record.validTo) })}` : null}
        </>
      )}
    </ListOrNone>
  );
}

/** A registry's entries as a list, one item each, or "none" when there are none. */
function ListOrNone<T extends { readonly id: string }>({ items, children }: { readonly items: readonly T[]; readonly children: (item: T) => ReactNode }) {
  const { t } = useI18n();
  if (items.length === 0) return <p>{t('workspace.none')}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  );
}

/**
 * The documents the regulation lists, to tick while checking them. The ticks stay in this screen's state: they are
 * the executor's working notes, not part of the decision — the decision's record is the engine's `decisionPrepared`
 * event (a missing document is a refusal ground there), and the seeds ask for no separate record of the check.
 */
function DocumentsChecklist({ regulation }: { readonly regulation: Regulation }) {
  const { t, text } = useI18n();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const documents = regulation.requiredDocuments;
  if (documents.length === 0) return <p>{t('workspace.documentsNone')}</p>;
  const missingRequired = documents.filter((d) => d.required && !checked.has(d.id)).length;
  return (
    <div>
      <p className="hint">{t('workspace.documentsHint')}</p>
      <ChoiceList
        type="checkbox"
        className="checklist"
        name="document"
        choices={documents.map((document) => ({
          value: document.id,
          label: (
            <>
              {' '}
              {text(document.name)}
              {document.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
            </>
          ),
          checked: checked.has(document.id),
        }))}
        onChange={(id, isChecked) => setChecked(toggled(checked, id, isChecked))}
      />
      <p aria-live="polite" data-testid="documents-checked">
        {t('workspace.documentsChecked', { checked: checked.size, total: documents.length })}
        {missingRequired > 0 ? <strong> · {t('workspace.documentsMissing', { count: missingRequired })}</strong> : null}
      </p>
    </div>
  );
}

/**
 * The executor's workspace while their decide step is open: the applicant in the persons database, their
 * labour-market cards and referrals, the service records of earlier decisions, and the documents checklist.
 */
export function ExecutorWorkspace({ view, regulation }: { readonly view: CaseView; readonly regulation: Regulation }) {
  const { t } = useI18n();
  const iin = view.applicant.iin;
  const path = { params: { path: { iin } } };
  const person = useLookup(() => unwrap(api.GET('/api/persons/{iin}', path)), iin);
  const labourMarket = useLookup(() => unwrap(api.GET('/api/persons/{iin}/labour-market', path)), iin);
  const records = useLookup(() => unwrap(api.GET('/api/persons/{iin}/registry-records', path)), iin);
  const vocabulary = useLookup(() => unwrap(api.GET('/api/registries/vocabulary')), 'vocabulary');
  const words = vocabulary.state === 'done' ? vocabulary.value : undefined;

  return (
    <section aria-labelledby="workspace-heading" className="card card-wide" data-testid="executor-workspace">
      <h2 id="workspace-heading">{t('workspace.title')}</h2>
      <div className="workspace">
        <section aria-labelledby="workspace-applicant">
          <h3 id="workspace-applicant">{t('workspace.applicant')}</h3>
          <ApplicantCard lookup={person} />
        </section>
        <section aria-labelledby="workspace-labour-market">
          <h3 id="workspace-labour-market">{t('workspace.labourMarket')}</h3>
          <LabourMarketCard lookup={labourMarket} vocabulary={words} />
        </section>
        <section aria-labelledby="workspace-records">
          <h3 id="workspace-records">{t('workspace.records')}</h3>
          <RecordsCard lookup={records} vocabulary={words} />
        </section>
        <section aria-labelledby="workspace-documents">
          <h3 id="workspace-documents">{t('workspace.documents')}</h3>
          <DocumentsChecklist regulation={regulation} />
        </section>
      </div>
    </section>
  );
}
