import { builtInMessages, type LocalePack } from '../../index.js';

const en = builtInMessages.en!;

/**
 * Small packs of a host's own (the widget ships none of these languages) for the line-breaking and
 * font checks of e2e/cjk.spec.ts: the title and the intro, long enough to wrap at 480 px, in each
 * language; the rest is English. The Japanese intro is made of loanwords that no line may split.
 */
export const cjkPacks: readonly LocalePack[] = [
  {
    locale: 'ja',
    messages: {
      ...en,
      pickerTitle: 'アカウントを連携',
      pickerIntro:
        'アカウントのアクセストークンまたはシークレットキーを、ダッシュボードのインテグレーションのページでコピーして、このフォームにペーストしてください。',
    },
  },
  { locale: 'zh', messages: { ...en, pickerTitle: '关联账户', pickerIntro: '选择要关联的服务。' } },
  {
    locale: 'ko',
    messages: {
      ...en,
      pickerTitle: '계정 연결하기',
      pickerIntro:
        '연결하려는 서비스를 선택하세요. 선택한 서비스의 안내에 따라 대시보드의 개발자 설정 페이지에서 인증 정보를 복사한 다음 이 양식에 붙여 넣으세요.',
    },
  },
];
