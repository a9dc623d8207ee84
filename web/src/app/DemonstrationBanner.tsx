import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The one notice that the server runs in demonstration mode (QYZMET_FILING_POLICY=demonstration, on for
 * `start --demo`): the seeds' repealed versions are filed as if in force. Shown once, above every area, instead of a
 * line on every service card.
 */
export function DemonstrationBanner() {
  const { t } = useI18n();
  const [demonstration, setDemonstration] = useState(false);
  useEffect(() => {
    let active = true;
    unwrap(api.GET('/api/regulations/filing-policy')).then(
      (policy) => active && setDemonstration(policy.demonstration),
      // The banner is informational: without an answer the app works on, and filing still follows the server's policy.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  if (!demonstration) return null;
  return (
    <div className="alert alert-warning demonstration-banner" role="note" data-testid="demonstration-banner">
      {t('app.demonstrationBanner')}
    </div>
  );
}
