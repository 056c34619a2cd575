import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { FactElement } from './fact-element.js';
import { readFactCheck, type ResolvedFactCheck } from '../../data/fact-check/read.js';
import type { PartResult } from '../../data/fact-check/read-parts.js';
import type { FactCheck } from '../../data/fact-check/schema.js';
import type { Problem } from '../../data/problems.js';
import { type HeadingLevel } from './heading.js';
import { logProblemsOnce } from './problems.js';
import { RegistryController } from './registry-controller.js';

/**
 * What the evidence list and the timeline share: a list given directly (`evidence`, `events`) or
 * taken from a whole document (`data`), read only when one of them changes (a list the embed
 * already read returns at once), problems logged once, and a heading level to fit the page.
 */
export abstract class FactDocumentPart<T> extends FactElement {
  // Reactive properties without decorators (each would cost the bundle a decorate call, and the
  // decorators their helpers). The fields are `declare`d and given their defaults in the
  // constructor, so no class field shadows Lit's accessors whatever `useDefineForClassFields` says.
  // Typed as Lit's declarations (here and in every element) so a subclass may declare its own.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    documentLang: { attribute: 'document-lang' },
  };

  /** A whole FactCheck document to take the list from; ignored while the list itself is set. */
  declare data?: FactCheck;

  /** The level of the heading, 2 to 6 (3), so the part fits the page's outline. */
  declare headingLevel: HeadingLevel;

  /**
   * The language of the items' text (BCP 47), when it is not the page's: titles, quotes and names
   * keep their own `lang` and direction while the part's words follow the page. `data.language` when absent.
   */
  declare documentLang?: string;

  /** The items to show: empty when there is nothing, `undefined` when the input has errors. */
  protected items?: T[] = [];
  /** The language `data` gives, if any (see `documentLang`). */
  protected dataLanguage?: string;
  /** Every problem found in the input, for the error state. */
  protected problems: Problem[] = [];

  /** The name of the property that takes the list directly. */
  protected abstract readonly listProperty: 'evidence' | 'events';
  /** Validates a list given directly. */
  protected abstract readList(list: unknown): PartResult<T[]>;
  /** The list inside a validated document. */
  protected abstract listOf(document: ResolvedFactCheck): T[] | undefined;

  constructor() {
    super();
    this.headingLevel = 3;
    // New messages re-render the part; its items hold no ratings, so nothing needs reading again.
    new RegistryController(this);
  }

  override willUpdate(changed: PropertyValues): void {
    if (!changed.has(this.listProperty) && !changed.has('data')) return;
    const list = (this as unknown as Record<string, unknown>)[this.listProperty];
    let input: unknown = list;
    this.dataLanguage = undefined;
    if (list !== undefined) {
      ({ value: this.items, problems: this.problems } = this.readList(list));
    } else if (this.data !== undefined) {
      input = this.data;
      const { document, problems } = readFactCheck(this.data);
      this.items = document ? (this.listOf(document) ?? []) : undefined;
      this.dataLanguage = document?.language;
      this.problems = problems;
    } else {
      this.items = [];
      this.problems = [];
    }
    logProblemsOnce(this, input, this.problems);
  }
}
