import { expect, fixture, html } from '../../test-support/index.js';
import { languageDirection, resolveDirection, textLang } from './direction.js';

/** What the browser's CLDR says, where `Intl.Locale` has text info (Chromium and Safari do). */
function cldrDirection(lang: string): string | undefined {
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
}

describe('direction', () => {
  describe('languageDirection', () => {
    const RTL = ['ar', 'ar-EG', 'fa', 'he', 'iw', 'ur', 'ps', 'yi', 'ckb', 'az-Arab', 'pa-Arab'];
    const LTR = ['en', 'en-GB', 'hy', 'ru', 'ka', 'az', 'tr', 'hi', 'zh-Hant', 'ja', 'sw', 'ku'];

    it('says rtl for languages and scripts written right to left, ltr for the others', () => {
      for (const lang of RTL) expect(languageDirection(lang), lang).to.equal('rtl');
      for (const lang of LTR) expect(languageDirection(lang), lang).to.equal('ltr');
    });

    it("agrees with the browser's CLDR wherever it can say, so the list has not drifted", function () {
      const tags = [...RTL, ...LTR, 'ug', 'sd', 'dv', 'ks', 'syr', 'ku-Arab', 'uz-Arab', 'ms-Arab', 'ar-Latn'];
      // A tag's script decides its direction, so an engine that gives one script two directions is
      // no judge of the list. WebKit (JavaScriptCore in WebKitGTK 2.50) does: az-Arab, ku-Arab and
      // ms-Arab come out ltr while pa-Arab and uz-Arab are rtl (and Dhivehi, written in Thaana, ltr).
      // Chromium and Firefox agree with themselves, and the list is held to them.
      const arabic = new Set(['az-Arab', 'pa-Arab', 'ku-Arab', 'uz-Arab', 'ms-Arab'].map(cldrDirection));
      if (arabic.size > 1) this.skip();
      const known = tags.filter((lang) => cldrDirection(lang) !== undefined);
      expect(known.length, 'this engine has Intl text info').to.be.greaterThan(10);
      for (const lang of known) expect(languageDirection(lang), lang).to.equal(cldrDirection(lang));
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
