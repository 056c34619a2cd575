import { expect } from '@open-wc/testing';
import { VERSION } from './version.js';

describe('VERSION', () => {
  it('is the version in package.json', async () => {
    // The test server serves the project root; package.json is the one source of the version.
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(version);
  });
});
