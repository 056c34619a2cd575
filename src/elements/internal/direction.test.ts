import { expect, fixture, html } from '../../test-support/index.js';
import { languageDirection, resolveDirection, textLang } from './direction.js';

/** `languageDirection` without `Intl.Locale`'s text info, as in a browser that lacks it (Firefox). */
function withoutTextInfo<T>(run: () => T): T {
  const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
  const saved = ['getTextInfo', 'textInfo'].map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const);
  for (const [key] of saved) Object.defineProperty(proto, key, { value: undefined, configurable: true });
  try {
    return run();
  } finally {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else delete proto[key];
    }
  }
}

describe('direction', () => {
  describe('languageDirection', () => {
    const RTL = ['ar', 'ar-EG', 'fa', 'he', 'iw', 'ur', 'ps', 'yi', 'ckb', 'az-Arab', 'pa-Arab'];
    const LTR = ['en', 'en-GB', 'hy', 'ru', 'ka', 'az', 'tr', 'hi', 'zh-Hant', 'ja', 'sw', 'ku'];

    it('says rtl for languages and scripts written right to left, ltr for the others', () => {
      for (const lang of RTL) expect(languageDirection(lang), lang).to.equal('rtl');
      for (const lang of LTR) expect(languageDirection(lang), lang).to.equal('ltr');
    });

    it('says the same from its own lists where Intl.Locale has no text info', () => {
      withoutTextInfo(() => {
        expect((new Intl.Locale('ar') as unknown as { textInfo?: unknown }).textInfo).to.equal(undefined);
        for (const lang of RTL) expect(languageDirection(lang), lang).to.equal('rtl');
        for (const lang of LTR) expect(languageDirection(lang), lang).to.equal('ltr');
      });
    });

    it('reads tags Intl rejects by their subtags, and never throws', () => {
      expect(languageDirection('ar_EG')).to.equal('rtl');
      expect(languageDirection('en_GB')).to.equal('ltr');
      for (const junk of ['', 'English', '-', '12345678901', 'x'.repeat(300), undefined]) {
        expect(languageDirection(junk), String(junk)).to.equal('ltr');
      }
    });
  });

  describe('resolveDirection', () => {
    it('follows the language when no one sets dir', async () => {
      const el = await fixture(html`<span lang="he"></span>`);
      expect(resolveDirection(el, 'he')).to.equal('rtl');
      expect(resolveDirection(el, 'en')).to.equal('ltr');
    });

    it('lets the nearest explicit dir win, on the element or any ancestor', async () => {
      const outer = await fixture(html`<div dir="rtl"><p dir="ltr"><span></span></p><em></em></div>`);
      expect(resolveDirection(outer.querySelector('span')!, 'ar')).to.equal('ltr');
      expect(resolveDirection(outer.querySelector('em')!, 'en')).to.equal('rtl');
      expect(resolveDirection(outer, 'en')).to.equal('rtl');
    });

    it('ignores an invalid dir, and lets the language decide under dir="auto", which leaves direction to the text', async () => {
      const outer = await fixture(html`<div dir="rtl"><p dir="auto">Hello <span></span></p><p dir="sideways"><em></em></p></div>`);
      expect(resolveDirection(outer.querySelector('span')!, 'en')).to.equal('ltr');
      expect(resolveDirection(outer.querySelector('span')!, 'he')).to.equal('rtl');
      expect(resolveDirection(outer.querySelector('em')!, 'en')).to.equal('rtl');
    });

    it('crosses shadow roots to the host and its ancestors', async () => {
      const outer = await fixture(html`<div dir="rtl"><div class="host"></div></div>`);
      const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<section><b></b></section>';
      expect(resolveDirection(root.querySelector('b')!, 'en')).to.equal('rtl');
    });
  });

  describe('textLang', () => {
    it('gives the document text its own lang only when it differs from the interface', () => {
      expect(textLang('hy', 'en')).to.deep.equal({ lang: 'hy', dir: 'ltr' });
      expect(textLang('ar', 'en')).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      expect(textLang('EN', 'en')).to.deep.equal({ lang: undefined, dir: 'ltr' });
      expect(textLang(undefined, 'ar')).to.deep.equal({ lang: undefined, dir: 'auto' });
    });
  });
});
