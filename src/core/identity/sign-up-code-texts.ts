import type { Text } from '../i18n/text.ts';

/** The message carrying a one-time sign-up code (SMS or e-mail), in the three languages. */
export function signUpCodeMessage(code: string, validMinutes: number): { subject: Text; body: Text } {
  return {
    subject: { kk: 'Qyzmet: тіркелу коды', ru: 'Qyzmet: код регистрации', en: 'Qyzmet: sign-up code' },
    body: {
      kk: `Qyzmet порталында тіркелу немесе құпиясөзді қалпына келтіру коды: ${code}. Код ${validMinutes} минут жарамды. Оны ешкімге айтпаңыз.`,
      ru: `Код для регистрации или восстановления пароля на портале Qyzmet: ${code}. Код действует ${validMinutes} минут. Никому его не сообщайте.`,
      en: `Your Qyzmet portal sign-up or password reset code: ${code}. It is valid for ${validMinutes} minutes. Do not tell it to anyone.`,
    },
  };
}
