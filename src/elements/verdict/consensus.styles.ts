import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/**
 * Several fact-checkers on one claim (`consensus.view.ts`): their verdicts in one line, whether
 * they agree (a mark and words, never colour alone), and one card per fact-checker.
 */
export const consensusStyles = css`
  .consensus-box {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .consensus-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .consensus-heading {
    margin: 0;
    font-size: 1em;
  }
  .consensus-verdicts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0;
  }
  .separator {
    color: ${tokens.muted};
  }
  .agreement {
    display: flex;
    align-items: baseline;
    gap: 0.375rem;
    margin: 0;
    font-weight: 600;
  }
  .agreement-mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 1px solid currentColor;
    border-radius: 50%;
    font-size: 0.875em;
    line-height: 1;
  }
  .consensus-box[data-agreement='differ'] .agreement-mark {
    border-style: dashed;
  }
  .fact-checkers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fact-checker {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
  }
  .fact-checker p {
    margin: 0;
  }
  .fact-checker-name {
    margin: 0;
    font-size: 1em;
  }
  .fact-checker-date {
    color: ${tokens.muted};
    font-size: 0.875em;
  }
  .fact-checker-link {
    font-weight: 600;
  }
`;
