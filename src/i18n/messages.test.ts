import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { sharedRegistry } from '../data/registry.js';
import { messagesFor, registerMessages, type Catalogue } from './messages.js';
import { changesDuring } from '../test-support/capture.js';

describe('registerMessages through the registry', () => {
  afterEach(() => registerMessages('en', { claimHeading: 'Claim' }));

  it('stores the catalogue in the shared table and reports a change', () => {
    const changes = changesDuring(() => registerMessages('pt-BR', { claimHeading: 'Alegação' }));
    expect(changes).to.deep.equal(['messages']);
    expect(sharedRegistry().messages.get('pt-br')).to.deep.equal({ claimHeading: 'Alegação' });
    expect(messagesFor('pt-BR').claimHeading).to.equal('Alegação');
  });

  it('gives a catalogue read before a change the new words after it', () => {
    expect(messagesFor('en').claimHeading).to.equal('Claim');
    registerMessages('en', { claimHeading: 'The claim' });
    expect(messagesFor('en').claimHeading).to.equal('The claim');
  });

  it('keeps what it cannot use out of the catalogue: unknown keys, and values of the wrong kind', () => {
    registerMessages('x-test', { claimHeading: 'Ok', ratingName: 'not a function', nonsense: 'x', verdictPrefix: 42 } as unknown as Partial<Catalogue>);
    const messages = messagesFor('x-test');
    expect(messages.claimHeading).to.equal('Ok');
    expect(messages.ratingName({ rating: 'false' })).to.equal('False');
    expect(messages.verdictPrefix).to.equal('Verdict:');
    expect('nonsense' in messages).to.equal(false);
  });

  it('never throws on bad input', () => {
    for (const [lang, messages] of [
      [undefined, {}],
      ['', {}],
      ['fr', null],
      ['fr', 'Affirmation'],
      [42, {}],
    ] as const) {
      expect(() => registerMessages(lang as unknown as string, messages as unknown as Partial<Catalogue>)).not.to.throw();
    }
  });
});

describe('the English catalogue in three parts', () => {
  it('joins the badge’s strings, the shell’s and the embed’s into one catalogue, with no key in two', async () => {
    const { enEarly } = await import('./en-early.js');
    const { enShell } = await import('./en-shell.js');
    const { enEmbed } = await import('./en-embed.js');
    const { en } = await import('./en.js');
    const parts = [Object.keys(enEarly), Object.keys(enShell), Object.keys(enEmbed)];
    const all = parts.flat();
    expect(all.filter((key, index) => all.indexOf(key) !== index)).to.deep.equal([]);
    expect(Object.keys(en).sort()).to.deep.equal([...all].sort());
    const messages = messagesFor('en');
    for (const key of Object.keys(en)) expect(typeof messages[key as keyof Catalogue], key).to.equal(typeof en[key as keyof Catalogue]);
  });
});
