import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../ui/messages.tsx';

/** The part of bpmn-js's canvas the controls use (diagram-js Canvas: zoom and viewbox). */
interface DiagramCanvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
  viewbox(box?: { x: number; y: number; width: number; height: number }): {
    scale: number;
    inner: { x: number; y: number; width: number; height: number };
    outer: { width: number; height: number };
  };
}

/**
 * bpmn-js draws labels at 12 px at scale 1; below 0.75 they fall under 9 px, which nobody reads (issue #17: a wide
 * route fitted into a phone's width came out at 4 px). A diagram that would need a smaller scale to fit opens at this
 * one, from its start (the left), and the "fit" button still shows it whole.
 */
const READABLE_SCALE = 0.75;
const ZOOM_STEP = 1.25;

/** Fits the diagram, but not below a readable scale: then it shows the diagram's start at that scale. */
function fitReadable(canvas: DiagramCanvas): number {
  const fitted = canvas.zoom('fit-viewport');
  if (fitted >= READABLE_SCALE) return fitted;
  const { inner, outer } = canvas.viewbox();
  const width = outer.width / READABLE_SCALE;
  const height = outer.height / READABLE_SCALE;
  canvas.viewbox({ x: inner.x - 16, y: inner.y + inner.height / 2 - height / 2, width, height });
  return READABLE_SCALE;
}

/**
 * A BPMN 2.0 diagram drawn by bpmn-js (NavigatedViewer: pan with the mouse, zoom with the wheel or the buttons) from
 * the XML the server exports, in a figure named for screen readers; the page lists the same steps or systems as text.
 */
export function BpmnDiagram({ xml, label, testId, small = false }: { readonly xml: string | null; readonly label: string; readonly testId: string; readonly small?: boolean }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  const [error, setError] = useState<unknown>(null);
  const canvasRef = useRef<DiagramCanvas | null>(null);
  const [scale, setScale] = useState<number | null>(null);

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
        const canvas = created.get('canvas') as DiagramCanvas;
        canvasRef.current = canvas;
        setScale(fitReadable(canvas));
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
      canvasRef.current = null;
      viewer?.destroy();
    };
  }, [xml]);

  const zoomBy = useCallback((factor: number) => {
    const canvas = canvasRef.current;
    if (canvas) setScale(canvas.zoom(canvas.zoom() * factor, 'auto'));
  }, []);
  const fitWhole = useCallback(() => {
    const canvas = canvasRef.current;
    if (canvas) setScale(canvas.zoom('fit-viewport'));
  }, []);

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
        <div className="diagram-zoom" role="group" aria-label={t('handbook.diagram.zoom')}>
          <button type="button" className="button-secondary" onClick={() => zoomBy(ZOOM_STEP)} disabled={state !== 'drawn'} data-testid={`${testId}-zoom-in`}>
            {t('handbook.diagram.zoomIn')}
          </button>
          <button type="button" className="button-secondary" onClick={() => zoomBy(1 / ZOOM_STEP)} disabled={state !== 'drawn'} data-testid={`${testId}-zoom-out`}>
            {t('handbook.diagram.zoomOut')}
          </button>
          <button type="button" className="button-secondary" onClick={fitWhole} disabled={state !== 'drawn'} data-testid={`${testId}-zoom-fit`}>
            {t('handbook.diagram.zoomFit')}
          </button>
          <span aria-live="polite" className="hint" data-testid={`${testId}-scale`} data-scale={scale ?? ''}>
            {scale === null ? null : `${Math.round(scale * 100)} %`}
          </span>
        </div>
        <div ref={container} className={small ? 'bpmn-canvas bpmn-canvas-small' : 'bpmn-canvas'} data-testid={testId} data-state={state} />
      </figure>
    </div>
  );
}
