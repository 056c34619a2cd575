import '../test-support/unhandled-rejections.js';
import { expect } from '@open-wc/testing';
import { FORMAT, notifyRegistryChange, onRegistryChange, sharedRegistry, type RegistryChange } from './registry.js';
import { mayNeedRatingScales, ratingFromLabel, registerBuiltInScales, registerRatingScale, type RatingScale } from './ratings/labels.js';
import { VERSION } from '../version.js';
import { changesDuring } from '../test-support/capture.js';

describe('the shared registry', () => {
  it('is one object on globalThis under a Symbol.for key, with a format and the versions that joined', () => {
    const registry = sharedRegistry();
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('fact-verdict.registry')]).to.equal(registry);
    expect(registry.format).to.equal(FORMAT);
    expect(registry.versions).to.deep.equal([VERSION]);
    expect(Object.keys(globalThis)).to.not.include(Symbol.for('fact-verdict.registry').toString());
  });

  it('tells listeners about each change, synchronously, until they stop', () => {
    const seen: RegistryChange[] = [];
    const stop = onRegistryChange((change) => seen.push(change));
    notifyRegistryChange('ratings');
    notifyRegistryChange('messages');
    expect(seen).to.deep.equal(['ratings', 'messages']);
    stop();
    notifyRegistryChange('ratings');
    expect(seen).to.have.length(2);
    expect(sharedRegistry().listeners.size).to.equal(0);
  });

  it('raises the revision on every change', () => {
    const before = sharedRegistry().revision;
    notifyRegistryChange('messages');
    notifyRegistryChange('ratings');
    expect(sharedRegistry().revision).to.equal(before + 2);
  });

  it('logs a listener that throws without keeping the change from the others', () => {
    const error = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(...args);
    let reached = false;
    const stopBad = onRegistryChange(() => {
      throw new Error('a broken listener');
    });
    const stopGood = onRegistryChange(() => (reached = true));
    try {
      expect(() => notifyRegistryChange('ratings')).not.to.throw();
    } finally {
      stopBad();
      stopGood();
      console.error = error;
    }
    expect(reached).to.equal(true);
    expect(logged.map((e) => (e as Error).message)).to.deep.equal(['a broken listener']);
  });
});

describe('registerRatingScale through the registry', () => {
  it('stores the scale in the shared table and reports a change', () => {
    const changes = changesDuring(() => registerRatingScale({ 'Registry Test Label': 'mostly-false' }));
    expect(changes).to.deep.equal(['ratings']);
    expect(sharedRegistry().customLabels.get('registry test label')).to.equal('mostly-false');
    expect(ratingFromLabel('REGISTRY_TEST_LABEL')).to.equal('mostly-false');
  });

  it('reports nothing when a registration changes nothing', () => {
    registerRatingScale({ 'Registered Twice': 'true' });
    expect(changesDuring(() => registerRatingScale({ 'registered twice': 'true' }))).to.deep.equal([]);
  });

  it('never throws on bad input, and reads a rating it does not know as unknown', () => {
    const bad: unknown[] = [null, undefined, 42, 'False', [], { 'Bad Number': 5 }, { 'Bad Null': null }];
    for (const scale of bad) expect(() => registerRatingScale(scale as RatingScale), String(scale)).not.to.throw();
    expect(ratingFromLabel('Bad Number')).to.equal(undefined);
    registerRatingScale({ 'Newer Rating': 'exaggerated' } as unknown as RatingScale);
    expect(ratingFromLabel('Newer Rating')).to.equal(undefined);
  });

  it('lets a label from the built-in table show through a custom rating it cannot read', () => {
    // A newer copy's rating name under a known label must not hide what this copy knows.
    sharedRegistry().customLabels.set('false', 'a-rating-from-the-future');
    try {
      expect(ratingFromLabel('False')).to.equal('false');
    } finally {
      sharedRegistry().customLabels.delete('false');
    }
  });

  it('marks the built-in scales complete for this version, once, as a change', () => {
    expect(mayNeedRatingScales('Falso')).to.equal(true);
    const scales: RatingScale[] = [{ Falso: 'false' }];
    expect(changesDuring(() => registerBuiltInScales(scales))).to.deep.equal(['ratings']);
    expect(sharedRegistry().completeScales.has(VERSION)).to.equal(true);
    expect(mayNeedRatingScales('A label no scale has')).to.equal(false);
    expect(changesDuring(() => registerBuiltInScales(scales))).to.deep.equal([]);
  });
});
