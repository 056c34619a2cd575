import { expect } from '@open-wc/testing';
import { checkUrl, safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('accepts absolute http and https URLs and writes them re-serialized', () => {
    expect(safeUrl('https://example.org/a b?q=1#x')).to.equal('https://example.org/a%20b?q=1#x');
    expect(safeUrl('HTTP://Example.ORG')).to.equal('http://example.org/');
    expect(safeUrl('https://fip.am/en/2024/11/29')).to.equal('https://fip.am/en/2024/11/29');
  });

  it('writes what the browser would follow, so look-alike spellings cannot hide the host', () => {
    expect(safeUrl('https:/example.org')).to.equal('https://example.org/');
    expect(safeUrl('https:\\\\evil.example')).to.equal('https://evil.example/');
    expect(safeUrl('https://EXAMPLE.org:443/%7e')).to.equal('https://example.org/%7e');
  });

  it('accepts mailto only when the caller allows it', () => {
    expect(safeUrl('mailto:desk@example.org')).to.equal(undefined);
    expect(safeUrl('mailto:desk@example.org', { allowMailto: true })).to.equal('mailto:desk@example.org');
  });

  const refused: Array<[string, unknown]> = [
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a carriage return inside the scheme', 'jav\r\nascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a leading space', ' javascript:alert(1)'],
    ['a leading space before https', ' https://example.org'],
    ['a leading non-breaking space', '\u00a0javascript:alert(1)'],
    ['a leading byte-order mark', '\ufeffjavascript:alert(1)'],
    ['an entity-encoded scheme', 'javascript&colon;alert(1)'],
    ['a percent-encoded scheme', '%6Aavascript:alert(1)'],
    ['a full-width scheme', 'ｊａｖａｓｃｒｉｐｔ:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.org/file'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a root-relative path', '/fact-checks/1'],
    ['a relative path', 'fact-checks/1'],
    ['a scheme-less host', 'example.org/x'],
    ['https with no host', 'https://'],
    ['credentials that hide the real host', 'https://trusted.example@evil.example/'],
    ['an empty string', ''],
    ['a number', 42],
    ['null', null],
    ['an object', { href: 'https://example.org' }],
  ];
  for (const [name, value] of refused) {
    it(`refuses ${name}`, () => {
      const verdict = checkUrl(value);
      expect(verdict.ok, String(value)).to.equal(false);
      if (!verdict.ok) expect(verdict.reason).to.be.a('string').and.not.empty;
      expect(safeUrl(value)).to.equal(undefined);
    });
  }

  it('says what it expected', () => {
    expect(checkUrl('javascript:alert(1)')).to.deep.equal({ ok: false, reason: 'expected an absolute http(s) URL' });
  });
});
