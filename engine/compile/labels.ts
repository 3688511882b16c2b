/** Fixed words the compiler puts on slides, per content language (English is the fallback). */
export interface Labels {
  /** The language these labels (and the slides' dates, dates.ts) are written in. */
  lang: 'en' | 'ko';
  agenda: string;
  bluf: string;
  sources: string;
  questions: string;
  backup: string;
  problem: string;
  options: string;
  recommendation: string;
  recommended: string;
  asOf: string;
  presenter: string;
  continued: string;
}

const EN: Labels = {
  lang: 'en',
  agenda: 'Agenda',
  bluf: 'Bottom line up front',
  sources: 'Sources',
  questions: 'Questions',
  backup: 'Backup',
  problem: 'Problem',
  options: 'Options',
  recommendation: 'Recommendation',
  recommended: 'Recommended',
  asOf: 'As of',
  presenter: 'Presenter',
  continued: 'cont.',
};

const KO: Labels = {
  lang: 'ko',
  agenda: '목차',
  bluf: '핵심 결론',
  sources: '출처',
  questions: '질의응답',
  backup: '참고',
  problem: '문제',
  options: '방안',
  recommendation: '건의',
  recommended: '건의안',
  asOf: '기준',
  presenter: '보고자',
  continued: '계속',
};

export function labelsFor(lang: string): Labels {
  return lang === 'ko' || lang.startsWith('ko-') ? KO : EN;
}
