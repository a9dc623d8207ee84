import { sql } from 'kysely';
import type { SqlExecutor } from '../db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { LabourMarketRegistry } from '../../core/ports/labour-market-registry.ts';
import type { DeregistrationReason, JobSeekerCard, Referral, ReferralMeasure, ReferralOutcome, UnemployedCard } from '../../core/registries/labour-market.ts';
import { dateText, nullableDateText, queries as q } from '../db/query-builder.ts';

/*
 * The "Labour market" AIS in our own tables (lm_job_seekers, lm_unemployed_cards, lm_referrals), in the caller's
 * transaction. "One open card of each kind per person" is a unique index, so two concurrent registrations cannot both
 * succeed.
 */

const jobSeekerColumns = [
  'id',
  'iin',
  'provider_id',
  'case_id',
  dateText('registered_on', 'registered_on'),
  'desired_occupation',
  'education_level',
  'experience_years',
  nullableDateText('closed_on', 'closed_on'),
  'close_reason',
] as const;
const cardColumns = [
  'id',
  'iin',
  'provider_id',
  'case_id',
  dateText('registered_on', 'registered_on'),
  nullableDateText('deregistered_on', 'deregistered_on'),
  'deregistration_reason',
] as const;
const referralColumns = [
  'id',
  'iin',
  'provider_id',
  'case_id',
  'measure',
  'card_kind',
  'card_id',
  dateText('issued_on', 'issued_on'),
  'outcome',
  nullableDateText('outcome_on', 'outcome_on'),
] as const;

interface Origin {
  id: string;
  iin: string;
  provider_id: string;
  case_id: string | null;
}
interface JobSeekerRow extends Origin {
  registered_on: string;
  desired_occupation: string | null;
  education_level: string | null;
  experience_years: number | null;
  closed_on: string | null;
  close_reason: string | null;
}
interface CardRow extends Origin {
  registered_on: string;
  deregistered_on: string | null;
  deregistration_reason: string | null;
}
interface ReferralRow extends Origin {
  measure: string;
  card_kind: 'jobSeeker' | 'unemployed';
  card_id: string;
  issued_on: string;
  outcome: string;
  outcome_on: string | null;
}

const origin = (r: Origin) => ({ id: r.id, iin: r.iin, providerId: r.provider_id, caseId: r.case_id });
const toJobSeeker = (r: JobSeekerRow): JobSeekerCard => ({
  ...origin(r),
  registeredOn: r.registered_on,
  desiredOccupation: r.desired_occupation,
  educationLevel: r.education_level,
  experienceYears: r.experience_years,
  closedOn: r.closed_on,
  closeReason: r.close_reason,
});
const toCard = (r: CardRow): UnemployedCard => ({
  ...origin(r),
  registeredOn: r.registered_on,
  deregisteredOn: r.deregistered_on,
  deregistrationReason: r.deregistration_reason as DeregistrationReason | null,
});
const toReferral = (r: ReferralRow): Referral => ({
  ...origin(r),
  measure: r.measure as ReferralMeasure,
  cardKind: r.card_kind,
  cardId: r.card_id,
  issuedOn: r.issued_on,
  outcome: r.outcome as ReferralOutcome,
  outcomeOn: r.outcome_on,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createLocalLabourMarketRegistry(tx: SqlExecutor): LabourMarketRegistry {
  const openJobSeeker = async (iin: string) =>
    (await tx.query(q.selectFrom('lm_job_seekers').select(jobSeekerColumns).where('iin', '=', iin).where('closed_on', 'is', null).compile())).map(toJobSeeker)[0] ?? null;
  const openUnemployed = async (iin: string) =>
    (await tx.query(q.selectFrom('lm_unemployed_cards').select(cardColumns).where('iin', '=', iin).where('deregistered_on', 'is', null).compile())).map(toCard)[0] ?? null;
  const findUnemployedCard = async (id: string) =>
    UUID.test(id) ? ((await tx.query(q.selectFrom('lm_unemployed_cards').select(cardColumns).where('id', '=', id).compile())).map(toCard)[0] ?? null) : null;
  const findReferral = async (id: string) =>
    UUID.test(id) ? ((await tx.query(q.selectFrom('lm_referrals').select(referralColumns).where('id', '=', id).compile())).map(toReferral)[0] ?? null) : null;

  return {
    async registerJobSeeker(input) {
      const values = {
        desired_occupation: input.desiredOccupation,
        education_level: input.educationLevel,
        experience_years: input.experienceYears,
      };
      // One statement inside the step's transaction (issue #15): the person's open card (lm_job_seekers_one_open_idx)
      // is updated, else a card is opened; `xmax = 0` tells a row this statement inserted from one it updated.
      const [row] = await tx.query(
        q
          .insertInto('lm_job_seekers')
          .values({ ...values, iin: input.iin, provider_id: input.providerId, case_id: input.caseId, registered_on: input.registeredOn })
          .onConflict((conflict) => conflict.column('iin').where('closed_on', 'is', null).doUpdateSet({ ...values, provider_id: input.providerId, case_id: input.caseId }))
          .returning([...jobSeekerColumns, sql<boolean>`xmax = 0`.as('created')])
          .compile(),
      );
      return { card: toJobSeeker(row!), created: row!.created };
    },

    async openUnemployedCard(input) {
      const open = await openUnemployed(input.iin);
      if (open) throw new AppError('UNEMPLOYED_CARD_ALREADY_OPEN', `${input.iin} has open unemployed card ${open.id}`, { registeredOn: open.registeredOn, cardId: open.id });
      try {
        const [row] = await tx.query(
          q.insertInto('lm_unemployed_cards').values({ iin: input.iin, provider_id: input.providerId, case_id: input.caseId, registered_on: input.registeredOn }).returning(cardColumns).compile(),
        );
        return toCard(row!);
      } catch (error) {
        // A concurrent registration got there first (lm_unemployed_cards_one_open_idx); the transaction rolls back.
        if ((error as { code?: unknown }).code === '23505') {
          throw new AppError('UNEMPLOYED_CARD_ALREADY_OPEN', `${input.iin}: concurrent unemployed registration`, { registeredOn: input.registeredOn }, { cause: error });
        }
        throw error;
      }
    },

    async deregisterUnemployed(cardId, deregisteredOn, reason) {
      const card = await findUnemployedCard(cardId);
      if (!card) throw new AppError('NOT_FOUND', `no unemployed card ${cardId}`, { what: `unemployed card ${cardId}` });
      if (card.deregisteredOn) throw new AppError('UNEMPLOYED_CARD_CLOSED', `card ${cardId} closed on ${card.deregisteredOn}`, { deregisteredOn: card.deregisteredOn });
      const [row] = await tx.query(
        q.updateTable('lm_unemployed_cards').set({ deregistered_on: deregisteredOn, deregistration_reason: reason }).where('id', '=', cardId).returning(cardColumns).compile(),
      );
      return toCard(row!);
    },

    async issueReferral(input) {
      const [row] = await tx.query(
        q
          .insertInto('lm_referrals')
          .values({ iin: input.iin, provider_id: input.providerId, case_id: input.caseId, measure: input.measure, card_kind: input.card.kind, card_id: input.card.id, issued_on: input.issuedOn })
          .returning(referralColumns)
          .compile(),
      );
      return toReferral(row!);
    },

    async recordReferralOutcome(referralId, outcome, outcomeOn) {
      const referral = await findReferral(referralId);
      if (!referral) throw new AppError('NOT_FOUND', `no referral ${referralId}`, { what: `referral ${referralId}` });
      const [row] = await tx.query(q.updateTable('lm_referrals').set({ outcome, outcome_on: outcomeOn }).where('id', '=', referralId).returning(referralColumns).compile());
      return toReferral(row!);
    },

    findUnemployedCard,
    findReferral,

    async openCards(iin) {
      return { jobSeeker: await openJobSeeker(iin), unemployed: await openUnemployed(iin) };
    },

    async referralOfCase(iin, caseId) {
      const [row] = await tx.query(q.selectFrom('lm_referrals').select(referralColumns).where('iin', '=', iin).where('case_id', '=', caseId).orderBy('seq').limit(1).compile());
      return row ? toReferral(row) : null;
    },

    async historyOf(iin) {
      const [jobSeekerCards, unemployedCards, referrals] = [
        await tx.query(q.selectFrom('lm_job_seekers').select(jobSeekerColumns).where('iin', '=', iin).orderBy('seq').compile()),
        await tx.query(q.selectFrom('lm_unemployed_cards').select(cardColumns).where('iin', '=', iin).orderBy('seq').compile()),
        await tx.query(q.selectFrom('lm_referrals').select(referralColumns).where('iin', '=', iin).orderBy('seq').compile()),
      ];
      return { jobSeekerCards: jobSeekerCards.map(toJobSeeker), unemployedCards: unemployedCards.map(toCard), referrals: referrals.map(toReferral) };
    },
  };
}
