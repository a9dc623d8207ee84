import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../ui/messages.tsx';

/**
 * A BPMN 2.0 diagram drawn by bpmn-js (NavigatedViewer: pan with the mouse, zoom with the wheel) from the XML the
 * server exports, in a figure named for screen readers; the page lists the same steps or systems as text after it.
 */
export function BpmnDiagram({ xml, label, testId, small = false }: { readonly xml: string | null; readonly label: string; readonly testId: string; readonly small?: boolean }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!xml || !container.current) return;
    let cancelled = false;
    let viewer: { destroy(): void } | null = null;
    setState('loading');
    void import('./bpmn-viewer.ts')
      .then(async ({ NavigatedViewer }) => {
        if (cancelled || !container.current) return;
        const created = new NavigatedViewer({ container: container.current });
        viewer = created;
        await created.importXML(xml);
        if (cancelled) return;
        (created.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
        // The bpmn.io watermark stays (its licence asks for it); it gets a name for assistive technology.
        for (const link of Array.from(container.current.querySelectorAll<HTMLAnchorElement>('a.bjs-powered-by'))) {
          link.setAttribute('aria-label', link.title || 'bpmn.io');
        }
        setState('drawn');
      })
      .catch((failure: unknown) => {
        if (cancelled) return;
        setError(failure);
        setState('failed');
      });
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
  }, [xml]);

  return (
    <div>
      <p aria-live="polite" className={state === 'drawn' ? 'visually-hidden' : 'hint'}>
        {state === 'loading' ? t('handbook.diagram.loading') : state === 'failed' ? t('handbook.diagram.failed') : null}
      </p>
      {state === 'failed' ? <ErrorAlert error={error} /> : null}
      <figure className="chart-figure" aria-labelledby={`${testId}-caption`}>
        <figcaption id={`${testId}-caption`} className="visually-hidden">
          {label}
        </figcaption>
        <div ref={container} className={small ? 'bpmn-canvas bpmn-canvas-small' : 'bpmn-canvas'} data-testid={testId} data-state={state} />
      </figure>
    </div>
  );
}
