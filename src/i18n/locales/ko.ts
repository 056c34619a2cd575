import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Korean. Rating words follow SNU FactCheck (서울대 언론정보연구소), whose scale runs "사실", "대체로 사실",
 * "절반의 사실", "대체로 사실 아님", "전혀 사실 아님", with "판단 유보" where the evidence does not allow a ruling.
 * Dates follow the labels Korean news sites print ("입력", "수정"), which fit any date form; polite "-요" requests.
 */
const ko: Locale = {
  lang: 'ko',
  review: {
    nativeSpeaker: false,
    note:
      'Drafted by the maintainers from the English catalogue, following the usage of SNU FactCheck; not yet reviewed by a native ' +
      'speaker. A reviewer should check "오해의 소지 있음" for misleading (SNU has no such rating), "판단 유보" for unproven, "판정 없음" ' +
      'for unrated, and "입력"/"수정" for the publication dates.',
  },
  messages: {
    verdictPrefix: '판정:',
    ratingName: (p) =>
      ({
        true: '사실',
        'mostly-true': '대체로 사실',
        mixed: '절반의 사실',
        'mostly-false': '대체로 사실 아님',
        false: '전혀 사실 아님',
        misleading: '오해의 소지 있음',
        unproven: '판단 유보',
        satire: '풍자',
        unrated: '판정 없음',
      })[p.rating],
    errorTitle: '이 팩트체크를 표시할 수 없습니다.',
    errorNetwork: '불러오지 못했습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.',
    errorTimeout: '불러오는 데 시간이 너무 오래 걸립니다. 다시 시도해 주세요.',
    retry: '다시 시도',
    opensFactCheck: '(팩트체크 열기)',
    close: '닫기',

    claimHeading: '주장',
    claimBy: (p) => `${p.name}의 주장`,
    claimMadeOn: (p) => `주장 시점: ${p.date}`,
    claimMadeIn: (p) => `주장 시점: ${p.date}`,
    scaleStep: (p) => `발행처 평가 척도 ${formatCount('ko', p.count)}단계 중 ${formatCount('ko', p.step)}단계 (거짓에서 사실 순)`,
    appearedIn: '게시된 곳',
    summaryHeading: '판정 이유',
    whatsTrueHeading: '사실인 부분',
    whatsFalseHeading: '사실이 아닌 부분',
    sourcesHeading: (p) => plural('ko', p.count, { other: '출처 #개' }),
    showAllSources: (p) => plural('ko', p.count, { other: '출처 #개 모두 보기' }),
    showFewerSources: '출처 접기',
    archivedCopy: '보관된 사본',
    stanceName: (p) => ({ supports: '주장을 뒷받침함', refutes: '주장을 반박함', context: '맥락' })[p.stance],
    timelineHeading: '타임라인',
    dateRange: (p) => `${p.start} ~ ${p.end}`,
    keyEvent: '주요 사건',
    publishedBy: (p) => `팩트체크: ${p.name}`,
    byAuthors: (p) => `작성: ${p.names}`,
    publishedOn: (p) => `입력 ${p.date}`,
    updatedOn: (p) => `수정 ${p.date}`,
    correctionsHeading: '정정',
    readFullFactCheck: '팩트체크 전문 보기',
    publisherLogo: (p) => `${p.name} 로고`,
    factCheckKicker: '팩트체크',
    expandFactCheck: '팩트체크 펼치기',
    collapseFactCheck: '접기',
    factCheckerCount: (p) => plural('ko', p.count, { other: '팩트체크 기관 #곳:' }),
    verdictsAgree: '판정이 일치합니다.',
    verdictsSimilar: '판정이 대체로 일치합니다.',
    verdictsDiffer: '판정이 엇갈립니다.',
    readFactCheckBy: (p) => `${p.name}의 팩트체크 보기`,
    loading: '팩트체크를 불러오는 중…',
    errorHttp: '팩트체크가 저장된 서버에서 이를 제공하지 않았습니다. 잠시 후 다시 시도해 주세요.',
    errorTooLarge: '크기가 너무 커서 여기에 표시할 수 없습니다.',
    errorParse: '데이터를 읽을 수 없습니다.',
    errorInvalid: '데이터가 올바르지 않습니다.',
    errorDetails: '세부 정보',
    opensInNewTab: '(새 탭에서 열림)',
    share: '공유',
    copyLink: '링크 복사',
    linkCopied: '링크를 복사했습니다',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: '이미지', video: '영상', audio: '음성' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': '원본',
        'missing-context': '맥락 누락',
        'edited-or-cropped': '편집 또는 잘림',
        transformed: '조작됨',
        staged: '연출됨',
        'satire-or-parody': '풍자 또는 패러디',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: '검증 대상 이미지', video: '검증 대상 영상의 한 장면', audio: '검증 대상 녹음의 이미지' })[p.kind],
  },
};
export default ko;
