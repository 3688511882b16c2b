// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearFits, fitSlide } from '../../../renderer/src/preview/fit.ts';
import { fitSlide as exportFit } from '../../../engine/export/fit.ts';
import { parseSlide } from '../../../renderer/src/preview/sync.ts';

describe('preview fit', () => {
  it('is the export fit step itself, not a copy', () => {
    expect(fitSlide).toBe(exportFit);
  });

  it('clearFits forgets each slide body scale so the next showing measures again', () => {
    const el = parseSlide('<section class="bd-slide"><div class="bd-body"><p>x</p></div></section>');
    const body = el.querySelector<HTMLElement>(':scope > .bd-body')!;
    body.setAttribute('data-bd-fit', '0.8');
    body.style.setProperty('--bd-fit', '0.8');
    const bare = parseSlide('<section class="bd-slide"><p>no body</p></section>');
    clearFits([{ el }, { el: bare }]);
    expect(body.hasAttribute('data-bd-fit')).toBe(false);
    expect(body.style.getPropertyValue('--bd-fit')).toBe('');
  });
});
