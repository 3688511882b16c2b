/**
 * Work counters for the layout and the slide HTML: how many sections were laid out, main-column
 * pages flowed, parts drawn as blocks and slides drawn as HTML since the last reset. Tests read
 * them to hold the editor's per-keystroke work down without timing anything.
 */
export const layoutWork = { sections: 0, pages: 0, parts: 0, slidesHtml: 0, extras: 0 };

export function resetLayoutWork(): typeof layoutWork {
  const before = { ...layoutWork };
  layoutWork.sections = 0;
  layoutWork.pages = 0;
  layoutWork.parts = 0;
  layoutWork.slidesHtml = 0;
  layoutWork.extras = 0;
  return before;
}
