import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { hasNavigatedInApp } from '../router/router.ts';

/**
 * A screen: sets the document title and, after an in-app navigation, moves focus to the heading so keyboard and
 * screen-reader users start at the new content (not at the link they left).
 */
export function Page({ title, children, headingExtra }: { readonly title: string; readonly children: ReactNode; readonly headingExtra?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (hasNavigatedInApp()) heading.current?.focus();
  }, []);

  return (
    <>
      <div className="page-heading">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {headingExtra}
      </div>
      {children}
    </>
  );
}
