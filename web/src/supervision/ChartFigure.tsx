import { useEffect, useRef, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './supervision.css';

/**
 * One chart (chart.js, loaded on first use) with its figures as a table right after it: the canvas is an image
 * named for screen readers, and the table is the text alternative everybody can read. Animation is off so a chart
 * is complete as soon as it is drawn.
 */
export function ChartFigure({
  id,
  title,
  config,
  heightRem,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly config: ChartConfiguration;
  /** The canvas's height where the rows need more than the default 18rem (a horizontal chart of many steps). */
  readonly heightRem?: number;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void import('chart.js/auto').then(({ default: Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, { ...config, options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false } });
      canvas.current.dataset.drawn = 'true';
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);

  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="visually-hidden">
        {title}
      </figcaption>
      <div className="chart-canvas" style={heightRem ? { height: `${heightRem}rem` } : undefined}>
        <canvas ref={canvas} id={id} role="img" aria-label={t('supervision.chart.alt', { title })} />
      </div>
      <div className="table-wrap">{children}</div>
    </figure>
  );
}
