/** Synthetic decks for the editor benchmark: realistic section sizes, deterministic text. */
export function benchDeck(sections: number): unknown {
  const words = 'alliance readiness exports supply chain cooperation outlook budget timeline industry partners'.split(' ');
  const text = (seed: number, n: number) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
  return {
    type: 'briefdeck',
    version: 3,
    deck: {
      meta: { title: `Benchmark deck (${sections} sections)`, lang: 'en' },
      marking: { level: 'unclassified' },
      settings: { agenda: true, slideNumber: true },
      sources: Array.from({ length: sections }, (_, s) => ({ id: `s${s}src`, title: `Source for section ${s + 1}` })),
      sections: Array.from({ length: sections }, (_, s) => ({
        id: `s${s}`,
        kind: s === 0 ? 'bluf' : 'content',
        title: `Section ${s + 1}: ${text(s, 4)}`,
        notes: text(s + 1, 40),
        points: Array.from({ length: 4 }, (_, p) => ({
          id: `s${s}p${p}`,
          text: text(s + p, 10),
          children: p === 1 ? [{ id: `s${s}p${p}c`, text: text(s + p + 1, 8) }] : [],
        })),
        figures: s % 3 === 0 ? [{ id: `s${s}f`, label: 'Figure', value: String(s * 10), unit: '%', asOf: '2026-11-01', sourceId: `s${s}src` }] : [],
      })),
    },
  };
}

/** One section holding `points` top-level points: the "2000-point section" of the issue. */
export function bigSectionDeck(points: number): unknown {
  return {
    type: 'briefdeck',
    version: 3,
    deck: {
      meta: { title: `Benchmark deck (${points} points in one section)`, lang: 'en' },
      marking: { level: 'unclassified' },
      sections: [{ id: 'big', title: 'Everything at once', points: Array.from({ length: points }, (_, i) => ({ id: `p${i}`, text: `Point ${i + 1} of the long section` })) }],
    },
  };
}

/**
 * Outline mode's scale target (issue 12): `sections` sections of `perSection` points each
 * (one in five is a sub-point; they count too), so 200 × 10 = 2 000 points.
 */
export function outlineDeck(sections: number, perSection: number): unknown {
  return {
    type: 'briefdeck',
    version: 2,
    deck: {
      meta: { title: `Outline benchmark (${sections} sections, ${sections * perSection} points)`, lang: 'en' },
      marking: { text: 'UNCLASSIFIED', color: '#007a33', textColor: '#ffffff' },
      sections: Array.from({ length: sections }, (_, s) => {
        // One point in five is a sub-point, hung under every fourth top-level point.
        const subs = Math.floor(perSection / 5);
        const points = Array.from({ length: perSection - subs }, (_, p) => {
          const child = p % 4 === 0 && p / 4 < subs;
          return { id: `s${s}p${p}`, text: `Point ${p + 1} of section ${s + 1}: readiness and supply chain`, children: child ? [{ id: `s${s}p${p}c`, text: `Detail under point ${p + 1}` }] : [] };
        });
        return { id: `s${s}`, title: `Section ${s + 1}`, notes: `Notes ${s + 1}`, points };
      }),
    },
  };
}
