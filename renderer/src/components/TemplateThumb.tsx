/**
 * A template's title slide, rendered by the engine and scaled down. It sits in a sandboxed
 * srcdoc frame (no scripts, its own styles), so each thumbnail can wear its own theme.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import revealCss from 'reveal.js/reveal.css?inline';
import { renderSlides, toRevealConfig } from '../../../engine/compile/index.ts';
import { themeCss } from '../../../engine/export/themes.ts';
import type { Deck } from '../../../engine/model/schema.ts';

export const TemplateThumb = memo(function TemplateThumb({ deck, width = 240 }: { deck: Deck; width?: number }) {
  const { t } = useTranslation();
  const doc = useMemo(() => {
    const { width: w, height: h } = toRevealConfig(deck, 'preview');
    // Only the title slide is shown: lay out no section (a whole template, charts included,
    // cost the start screen ~100 ms of its first paint for seven thumbnails).
    const first = renderSlides(deck, undefined, { mainSections: 0 })[0]?.html ?? '<section></section>';
    const scale = width / w;
    return `<!doctype html><html lang="${deck.meta.lang}"><head><meta charset="utf-8"><style>${revealCss}\n${themeCss(deck.settings.theme)}
html,body{margin:0;overflow:hidden;background:transparent}
.reveal{width:${w}px;height:${h}px;transform:scale(${scale});transform-origin:0 0;position:relative}
.reveal .slides{width:${w}px;height:${h}px;position:absolute;inset:0;margin:0;pointer-events:none}
.reveal .slides>section{display:block!important}</style></head><body class="reveal-viewport"><div class="reveal"><div class="slides">${first}</div></div></body></html>`;
  }, [deck, width]);
  const size = toRevealConfig(deck, 'preview');
  const height = Math.round((width * size.height) / size.width);
  return <iframe className="thumb" title={t('editor:start.thumb', { title: deck.meta.title })} sandbox="" srcDoc={doc} width={width} height={height} tabIndex={-1} aria-hidden="true" loading="lazy" />;
});
