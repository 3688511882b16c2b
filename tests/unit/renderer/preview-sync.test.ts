// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applySlides, slideIndexOf, type SlideDom } from '../../../renderer/src/preview/sync.ts';

const slide = (key: string, body: string, sectionId: string | null = key) => ({ key, sectionId, html: `<section class="bd-slide" data-key="${key}"><h2>${body}</h2></section>` });

function setup(...slides: ReturnType<typeof slide>[]) {
  const container = document.createElement('div');
  const r = applySlides(container, [], slides);
  return { container, dom: r.slides };
}

describe('applySlides', () => {
  it('builds the slides, tagged with key and section, as a structural change', () => {
    const container = document.createElement('div');
    const r = applySlides(container, [], [slide('title', 'T', null), slide('a', 'A')]);
    expect(r.structural).toBe(true);
    expect(container.children).toHaveLength(2);
    expect((container.children[1] as HTMLElement).dataset.bdSection).toBe('a');
    expect((container.children[0] as HTMLElement).dataset.bdSection).toBeUndefined();
  });

  it('patches only the changed slide in place and keeps reveal state on it', () => {
    const { container, dom } = setup(slide('a', 'A'), slide('b', 'B'));
    const [elA, elB] = [dom[0]!.el, dom[1]!.el];
    elB.classList.add('present');
    elB.setAttribute('data-index-h', '1');
    elB.style.display = 'block';
    const r = applySlides(container, dom, [slide('a', 'A'), slide('b', 'B2')]);
    expect(r.structural).toBe(false);
    expect(r.changed).toEqual([elB]);
    expect(container.children[0]).toBe(elA);
    expect(container.children[1]).toBe(elB);
    expect(elB.textContent).toBe('B2');
    expect(elB.classList.contains('present')).toBe(true);
    expect(elB.getAttribute('data-index-h')).toBe('1');
    expect(elB.style.display).toBe('block');
  });

  it('treats a new order as structural but reuses unchanged elements', () => {
    const { container, dom } = setup(slide('a', 'A'), slide('b', 'B'));
    const r = applySlides(container, dom, [slide('b', 'B'), slide('a', 'A'), slide('c', 'C')]);
    expect(r.structural).toBe(true);
    expect(container.children[0]).toBe(dom[1]!.el);
    expect(container.children[1]).toBe(dom[0]!.el);
    expect(slideIndexOf(r.slides as SlideDom[], 'c')).toBe(2);
  });

  it('never runs script from slide HTML and refuses a non-section root', () => {
    (window as unknown as { hit?: number }).hit = 0;
    const container = document.createElement('div');
    document.body.appendChild(container);
    applySlides(container, [], [{ key: 'x', sectionId: 'x', html: '<section><script>window.hit = 1</script></section>' }, { key: 'y', sectionId: 'y', html: '<div>not a slide</div>' }]);
    expect((window as unknown as { hit?: number }).hit).toBe(0);
    expect(container.children[1]!.tagName).toBe('SECTION');
    expect(container.children[1]!.textContent).toBe('This slide could not be rendered.');
  });
});
