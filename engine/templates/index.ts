/**
 * The starter briefings. They live as DATA in templates/*.briefdeck (format envelopes, so
 * they are read exactly like a user's file) and reach the engine as raw strings; every one
 * goes through parseDeckText → restoreDeck here, and the tests compile each of them.
 *
 * Names and descriptions are UI text, so each comes in both UI languages ({ en, ko }): the
 * start screen shows the UI's language. The deck inside keeps its own language (meta.lang),
 * whatever the UI's: the Korean templates are Korean decks in an English UI too.
 */
import { DeckError, parseDeckText } from '../format/index.ts';
import type { Deck } from '../model/schema.ts';
import seedText from '../../templates/rok-us-defense-industry.briefdeck?raw';
import seedKoText from '../../templates/rok-us-defense-industry-ko.briefdeck?raw';
import infoText from '../../templates/information-brief.briefdeck?raw';
import decisionText from '../../templates/decision-brief.briefdeck?raw';
import decisionKoText from '../../templates/decision-brief-ko.briefdeck?raw';
import blankText from '../../templates/blank.briefdeck?raw';

/** A UI string in every UI language (engine/i18n UI_LANGS). */
export interface UiText {
  en: string;
  ko: string;
}

export interface Template {
  id: string;
  name: UiText;
  description: UiText;
  /** Shared instance for listing and previews: do not edit it; getTemplate gives a copy. */
  deck: Deck;
}

const SOURCES: readonly { id: string; name: UiText; description: UiText; text: string }[] = [
  {
    id: 'rok-us-defense-industry',
    name: { en: 'ROK–U.S. defense-industry cooperation', ko: '한미 방산협력 (영문)' },
    description: {
      en: 'Information briefing built from a June 2024 Washington Times op-ed: export growth, the alliance’s virtuous cycle, supply-chain security, the NDIS and the outlook.',
      ko: '2024년 6월 워싱턴타임스 기고문을 바탕으로 한 영문 현황 보고: 수출 성장, 동맹의 선순환, 공급망 안보, NDIS, 향후 전망.',
    },
    text: seedText,
  },
  {
    id: 'rok-us-defense-industry-ko',
    name: { en: 'ROK–U.S. defense-industry cooperation (Korean)', ko: '한미 방산협력' },
    description: {
      en: 'The same briefing in Korean, in Korean briefing style: export growth, the alliance’s virtuous cycle, supply-chain security, the NDIS and the outlook.',
      ko: '2024년 6월 워싱턴타임스 기고문을 바탕으로 한 현황 보고: 수출 성장, 동맹의 선순환, 공급망 안보, NDIS, 향후 전망.',
    },
    text: seedKoText,
  },
  {
    id: 'information-brief',
    name: { en: 'Information brief', ko: '현황 보고 (영문)' },
    description: {
      en: 'BLUF, purpose, background, discussion and way ahead, with a backup section. No decision requested.',
      ko: '핵심 결론, 목적, 배경, 논의, 향후 계획과 참고 슬라이드로 구성된 영문 보고. 결정을 요청하지 않음.',
    },
    text: infoText,
  },
  {
    id: 'decision-brief',
    name: { en: 'Decision brief', ko: '결심 보고 (영문)' },
    description: {
      en: 'Problem, facts, assumptions, options, recommendation, coordination and the request for decision.',
      ko: '현안, 관련 사실, 가정 사항, 방안, 건의, 협조 결과, 결심 요청으로 구성된 영문 보고.',
    },
    text: decisionText,
  },
  {
    id: 'decision-brief-ko',
    name: { en: 'Decision brief (Korean)', ko: '결심 보고' },
    description: {
      en: 'The decision brief in Korean: problem, facts, assumptions, options, recommendation, coordination and the request for decision.',
      ko: '현안, 관련 사실, 가정 사항, 방안, 건의, 협조 결과, 결심 요청으로 구성된 보고.',
    },
    text: decisionKoText,
  },
  { id: 'blank', name: { en: 'Blank', ko: '빈 문서' }, description: { en: 'An empty deck with the default settings.', ko: '기본 설정으로 시작하는 빈 자료.' }, text: blankText },
];

export const TEMPLATES: readonly Template[] = SOURCES.map(({ id, name, description, text }) => ({ id, name, description, deck: parseDeckText(text) }));

/** A fresh deck from the template (restored again from its text, so nothing is shared). */
export function getTemplate(id: string): Deck {
  const source = SOURCES.find((t) => t.id === id);
  if (!source) throw new DeckError('not-found', `no template called ${JSON.stringify(id.slice(0, 60))}`);
  return parseDeckText(source.text);
}
