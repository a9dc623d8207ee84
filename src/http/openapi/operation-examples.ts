/**
 * Examples of the main operations for the OpenAPI document, keyed by operationId: a staff member signs in, files an
 * application, completes a step, and anyone checks a result document by its code. The values follow the README's
 * first-case walk-through and the demo data (regulations/, zhambyl-2017-231); `@redocly/cli lint` checks every
 * example against its schema (test/api/openapi-conformance.test.ts), so a schema change cannot leave one stale.
 */
export interface OperationExamples {
  readonly request?: Readonly<Record<string, { readonly summary: string; readonly value: unknown }>>;
  /** Success examples by HTTP status. */
  readonly responses?: Readonly<Record<string, Readonly<Record<string, { readonly summary: string; readonly value: unknown }>>>>;
}


export const OPERATION_EXAMPLES: Readonly<Record<string, OperationExamples>> = {
  signIn: {
    request: { clerk: { summary: 'The demo office clerk of Taraz', value: { login: 'zhambyl.clerk', password: 'qyzmet-demo' } } },
    responses: {
      '200': {
        clerk: {
          summary: 'A session for the clerk; send the token as `Authorization: Bearer …`',
          value: {
            token: 'c2Vzc2lvbi10b2tlbi1leGFtcGxlLW5vdC1hLXJlYWwtb25l',
            expiresAt: '2026-03-02T17:00:00.000Z',
            staff: { id: 'zhambyl.clerk', login: 'zhambyl.clerk', role: 'clerk', fullName: 'Сейітова Айгүл Маратқызы', providerId: 'zhambyl-taraz-employment-centre', region: 'zhambyl' },
          },
        },
      },
    },
  },
  fileCase: {
    request: {
      jobSeeker: {
        summary: 'Registration as a job seeker, received at the provider’s office',
        value: {
          regulationId: 'zhambyl-2017-231-job-seeker-registration',
          channel: 'providerOffice',
          applicantIin: '880515300120',
          formData: { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
          paperDocumentIds: ['identity-document', 'education-document'],
        },
      },
    },
  },
  completeStep: {
    request: {
      register: { summary: 'The clerk registers the application (the first step)', value: { stepId: 'register', expectedVersion: 1, input: {} } },
      assign: { summary: 'The head assigns a responsible executor', value: { stepId: 'assign', expectedVersion: 2, input: { executorId: 'zhambyl.executor1' } } },
      refuse: {
        summary: 'The executor decides on a reasoned refusal',
        value: { stepId: 'decide', expectedVersion: 3, input: { outcome: 'refusal', groundId: 'incomplete-documents', reasonText: 'The diploma copy is missing.' } },
      },
    },
  },
  checkDocument: {
    responses: {
      '200': {
        signed: {
          summary: 'A signed positive result whose certificate is in good standing',
          value: {
            document: {
              verificationCode: 'ABCDE-FGHJK-LMNPQ-RSTUV',
              kind: 'positive',
              title: { kk: 'Жұмыс іздеуші ретінде тіркеу туралы хабарлама', ru: 'Уведомление о регистрации в качестве ищущего работу', en: 'Notice of registration as a job seeker' },
              number: 'ZH-2026-000042/Н',
              date: '2026-03-02',
              provider: { kk: 'Тараз қаласының халықты жұмыспен қамту орталығы', ru: 'Центр занятости населения города Тараз', en: 'Population employment centre of Taraz' },
              service: { kk: 'Жұмыс іздеушілерді тіркеу', ru: 'Регистрация лиц, ищущих работу', en: 'Registration of job seekers' },
              applicant: { initials: 'С. Д. Е.', iinLast4: '0120' },
            },
            signature: {
              verified: true,
              signerName: 'Омаров Нұрлан Серікұлы',
              signerPosition: { kk: 'Басшы', ru: 'Руководитель', en: 'Head' },
              certificateSerial: '4F1A9C2B7D',
              signedAt: '2026-03-02T09:41:07.000Z',
              certificateStatus: 'good',
              certificateProblem: null,
            },
            pdfSha256: '9f2c1a7d0b4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd',
            supersededBy: null,
          },
        },
      },
    },
  },
};
