import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkUrl, safeUrl } from './safe-url.js';
import { checkPlainUrl, PLAIN_URL_PATTERN } from './plain-url.js';
import { MAX_URL_LENGTH } from './limits.js';

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

describe('checkPlainUrl', () => {
  it('accepts URLs written as the browser follows them', () => {
    for (const url of [
      'https://example.org',
      'HTTP://Example.ORG:8080/a?b=1#c',
      'https://xn--80aswg.xn--p1ai/',
      'http://192.0.2.10/x',
      'https://a_b.example.com/',
      'https://fip.am/hy/ստուգում',
    ]) {
      expect(checkPlainUrl(url), url).to.deep.equal(checkUrl(url));
      expect(checkPlainUrl(url).ok, url).to.equal(true);
    }
  });

  it('refuses spellings the parser would repair, saying how to write them', () => {
    const reason = (value: string) => {
      const verdict = checkPlainUrl(value);
      return verdict.ok ? 'ok' : verdict.reason;
    };
    expect(reason('https://example.org/a b')).to.equal('a URL must not contain spaces (write them as %20)');
    expect(reason('https://example.org/ ')).to.equal('a URL must not contain spaces (write them as %20)');
    expect(reason('https://пример.рф/')).to.equal('write an international host name in its ASCII form (xn--…), as the browser shows it once copied');
    const plainly = 'expected an absolute http(s) URL written plainly: http(s)://, a host name or IPv4 address, an optional port, then the path';
    for (const value of ['https:/example.org', 'https:\\\\evil.example', 'http://[::1]/', 'https://example.org./', 'http://0x7f.0.0.1/']) {
      expect(reason(value), value).to.equal(plainly);
    }
    // What the parser itself refuses keeps the gate's reason.
    for (const value of ['http://example.org:99999/', 'http://1.2.3.4.5/', 'http://example.123/']) {
      expect(reason(value), value).to.equal('expected an absolute http(s) URL');
    }
    expect(reason('javascript:alert(1)')).to.equal('expected an absolute http(s) URL');
    expect(reason('https://user@example.org/')).to.equal('a URL must not carry a user name or password');
  });

  it('refuses a URL longer than the limit, counting characters as code points', () => {
    const url = (n: number, unit = 'a') => `https://example.org/${unit.repeat(n - 'https://example.org/'.length)}`;
    expect(checkUrl(url(MAX_URL_LENGTH)).ok).to.equal(true);
    expect(checkUrl(url(MAX_URL_LENGTH + 1))).to.deep.equal({ ok: false, reason: `a URL must not be longer than ${MAX_URL_LENGTH} characters` });
    // 8192 emoji are 16 384 UTF-16 units but 8192 characters, as JSON Schema's maxLength counts.
    expect(checkUrl(url(MAX_URL_LENGTH, '😀')).ok).to.equal(true);
  });

  it('matches only strings the browser parses to the same http(s) URL (fast-check, seeded)', () => {
    const pattern = new RegExp(PLAIN_URL_PATTERN, 'u');
    fc.assert(
      fc.property(fc.stringMatching(pattern), (value) => {
        // The one thing a pattern cannot know: whether an xn-- label is valid Punycode.
        fc.pre(!/(^|[/.])xn--/i.test(value.replace(/^[a-z]+:\/\//i, '/').replace(/[/?#:].*$/, '')));
        const verdict = checkPlainUrl(value);
        return verdict.ok && new URL(value).href === verdict.url;
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });
});
