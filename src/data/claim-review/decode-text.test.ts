import '../../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { cleanText, decodeEntities } from './decode-text.js';

describe('decodeEntities', () => {
  const cases: Array<[string, string]> = [
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#8220;Quoted&#8221;', '“Quoted”'],
    ['&#x201C;Quoted&#x201D; and &#X201c;', '“Quoted” and “'],
    ['say &quot;no&quot; &apos;now&apos; &#39;ok&#39;', "say \"no\" 'now' 'ok'"],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&lt;b&gt;bold&lt;/b&gt;', '<b>bold</b>'],
    ['&ndash; &mdash; &hellip; &laquo;x&raquo; &lsquo;y&rsquo; &bdquo;z&ldquo;', '– — … «x» ‘y’ „z“'],
    ['Caf&eacute; &Eacute;cole na&iuml;ve &ntilde; &ccedil; &ouml; &Aring; &scaron; &szlig;', 'Café École naïve ñ ç ö Å š ß'],
    ['&euro;5 &copy; &reg; &trade; &deg;', '€5 © ® ™ °'],
    ['&#1357;&#1400;&#1410;&#1407;', 'Սուտ'],
    ['&#x1F600;', '😀'],
    ['&#150; &#147;x&#148;', '– “x”'],
    ['&#0; &#xD800; &#x110000; &#x1234567;', '\ufffd \ufffd \ufffd &#x1234567;'],
    ['&amp;quot; stays &quot;', '&quot; stays "'],
    ['R&D, AT&T, & more', 'R&D, AT&T, & more'],
    ['&unknown; &xacute; &amp', '&unknown; &xacute; &amp'],
    ['&AMP; is not &amp;', '&AMP; is not &'],
    ['no entities at all', 'no entities at all'],
  ];
  for (const [input, output] of cases) {
    it(`decodes ${JSON.stringify(input)}`, () => expect(decodeEntities(input)).to.equal(output));
  }
});

describe('cleanText', () => {
  it('folds line breaks, tabs and runs of spaces, and trims', () => {
    expect(cleanText('\n   Mostly\tFalse \r\n ')).to.equal('Mostly False');
    expect(cleanText('a&nbsp;&nbsp;b')).to.equal('a b');
  });

  it('keeps a lone no-break space', () => {
    expect(cleanText('Faux&nbsp;!')).to.equal('Faux\u00a0!');
    expect(cleanText('Vrai\u202f?')).to.equal('Vrai\u202f?');
  });
});
