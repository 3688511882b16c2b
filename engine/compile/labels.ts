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
  /** Speaker notes of a continued section's later slides. */
  notesContinued: string;
  /** Prefix of a backup slide's label: B-1, B-2… */
  backupNo: string;
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
  notesContinued: '(Continued: this section\'s notes are on its first slide.)',
  backupNo: 'B',
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
  notesContinued: '(계속: 이 부분의 발표 메모는 첫 슬라이드에 있습니다.)',
  backupNo: 'B',
};

export function labelsFor(lang: string): Labels {
  return lang === 'ko' || lang.startsWith('ko-') ? KO : EN;
}
