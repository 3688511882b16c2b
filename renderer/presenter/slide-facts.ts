/** What the presenter view reads from each slide of the session: its notes and its place in "n / N". */
export interface SlideFacts {
  /** The slide's speaker notes: the engine's already-escaped HTML from <aside class="notes">. */
  notes: string;
  /** False for backup slides (data-visibility="uncounted"), which "n / N" leaves out. */
  counted: boolean;
}

export function slideFacts(html: string): SlideFacts {
  const template = document.createElement('template');
  template.innerHTML = html;
  const section = template.content.querySelector('section');
  const notes = [...template.content.querySelectorAll('aside.notes')].map((n) => n.innerHTML).join('');
  return { notes, counted: section?.getAttribute('data-visibility') !== 'uncounted' };
}

/**
 * "n / N" as the slides themselves number it (reveal's slide number skips backup slides),
 * so the presenter view and the projector agree; a backup slide reads "Backup k / K".
 */
export function positionLabel(slides: readonly Pick<SlideFacts, 'counted'>[], index: number, backupLabel: (n: number, total: number) => string = (n, total) => `Backup ${n} / ${total}`): string {
  const counted = slides.filter((s) => s.counted).length;
  const here = slides[index];
  if (!here) return '– / –';
  if (here.counted) return `${slides.slice(0, index + 1).filter((s) => s.counted).length} / ${counted}`;
  const backup = slides.length - counted;
  return backupLabel(slides.slice(0, index + 1).filter((s) => !s.counted).length, backup);
}
