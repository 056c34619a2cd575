import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedFactCheck } from '../../data/fact-check/read.js';
import type { Problem } from '../../data/problems.js';
import type { DocumentsResult } from '../../data/read-documents.js';
import type { FactErrorDetail, FactLoadDetail } from '../internal/events.js';
import type { VerdictKit } from './kit.js';
import { documentUrl } from './prefetch.js';
import { LAZY_MARGIN } from './timing.js';
import { requestDocument } from './request.js';

/** What the embed was given, in order of precedence: the `data` property, an inline JSON child, `src`. */
export type VerdictInput =
  { kind: 'none' } | { kind: 'property'; value: unknown } | { kind: 'inline'; text: string } | { kind: 'src'; src: string; lazy: boolean };

/**
 * Where one attempt stands. `idle`: no input yet; `waiting`: a lazy `src` waits for the viewport;
 * `fetching`; `reading` (validating, after loading an importer it needs); then `ready` or
 * `error`. Every attempt ends in one of the last two, or is replaced by a newer one.
 */
export type LoadPhase = 'idle' | 'waiting' | 'fetching' | 'reading' | 'ready' | 'error';

export interface Failure extends FactErrorDetail {
  /** Whether trying again may help (the button is offered then). */
  retryable: boolean;
}

/** The events an outcome owes the page, fired by the element once it has rendered that outcome. */
export type Announcement = { type: 'fact-load'; detail: FactLoadDetail } | { type: 'fact-error'; detail: FactErrorDetail };

export interface LoaderOptions {
  /** Reads documents, and draws them. */
  kit: VerdictKit;
  /** How long an attempt may take once it starts waiting on something asynchronous, in ms. */
  timeout: () => number;
  /** Logs an invalid document's problems (once per input). */
  logProblems: (input: unknown, problems: readonly Problem[]) => void;
}

/** How long an embed with no input waits, after the page has been parsed, before it says so. */
export const NO_INPUT_GRACE = 1000;

const NONE: VerdictInput = { kind: 'none' };

function sameInput(a: VerdictInput, b: VerdictInput): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'property':
      return a.value === (b as typeof a).value;
    case 'inline':
      return a.text === (b as typeof a).text;
    case 'src':
      return a.src === (b as typeof a).src;
    default:
      return true;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Takes `<fact-verdict>` from an input to `ready` or `error`, whatever happens on the way: one
 * attempt at a time (a newer input or a retry supersedes an older one, whose late results are
 * dropped), every step guarded, a deadline on everything asynchronous, nothing left running when
 * the element leaves the page. A `data` or inline input is read synchronously, inside the
 * element's update (unless it needs an importer not yet loaded): it renders ready at once, with no
 * loading frame.
 */
export class DocumentLoader implements ReactiveController {
  phase: LoadPhase = 'idle';
  documents: ResolvedFactCheck[] = [];
  failure?: Failure;
  /** The event the latest outcome owes the page; the element fires it after rendering. */
  announcement?: Announcement;

  #input: VerdictInput = NONE;
  /** Counts attempts; a step of an older attempt sees a different number and stops. */
  #attempt = 0;
  /** The parsed input of the attempt on screen, kept to read again (a new rating scale). */
  #lastJson?: { json: unknown; source: FactLoadDetail['source']; pageUrl?: string };
  #abort?: AbortController;
  #observer?: IntersectionObserver;
  #deadline?: ReturnType<typeof setTimeout>;
  #graceTimer?: ReturnType<typeof setTimeout>;
  #interrupted = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LoaderOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The element's public `state`. */
  get state(): 'loading' | 'ready' | 'error' {
    return this.phase === 'ready' || this.phase === 'error' ? this.phase : 'loading';
  }

  /** Takes the current input; starts over only when it is a different one. */
  set(input: VerdictInput): void {
    if (sameInput(input, this.#input)) {
      // A lazy `src` switched to eager while it waits: fetch now.
      if (input.kind === 'src' && !input.lazy && this.phase === 'waiting') this.#start(input, false);
      return;
    }
    this.#input = input;
    this.#start(input, false);
  }

  /** The reader asked to try again: fetch anew (bypassing the shared cache) and reload the parts. */
  retry(): void {
    this.#start(this.#input, true);
  }

  /** Reads the input on screen again without showing a loading state (the labels it knows changed). */
  reread(): void {
    const last = this.#lastJson;
    // Only an outcome on screen is read again; an attempt under way reads with the new labels anyway.
    if (!last || !this.#host.isConnected || (this.phase !== 'ready' && this.phase !== 'error')) return;
    this.#readWith(this.#attempt, last.json, last.source, last.pageUrl, true);
  }

  hostConnected(): void {
    if (this.#interrupted || this.phase === 'idle') this.#start(this.#input, false);
  }

  hostDisconnected(): void {
    // An attempt cut short here starts again if the element comes back.
    this.#interrupted = this.phase !== 'ready' && this.phase !== 'error';
    this.#stop();
  }

  #start(input: VerdictInput, reload: boolean): void {
    this.#stop();
    this.#interrupted = false;
    this.#lastJson = undefined;
    const attempt = ++this.#attempt;
    if (!this.#host.isConnected && input.kind !== 'property' && input.kind !== 'inline') {
      this.#interrupted = true;
      return;
    }
    switch (input.kind) {
      case 'none':
        return this.#waitForInput(attempt);
      case 'property':
        return this.#read(attempt, input.value, 'property');
      case 'inline':
        return this.#readInline(attempt, input.text);
      case 'src':
        return this.#startSrc(attempt, input, reload);
    }
  }

  /** Cancels whatever the current attempt is waiting for. */
  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    clearTimeout(this.#deadline);
    clearTimeout(this.#graceTimer);
    this.#deadline = this.#graceTimer = undefined;
  }

  #current(attempt: number): boolean {
    return attempt === this.#attempt;
  }

  #enter(phase: LoadPhase): void {
    if (phase !== 'ready' && phase !== 'error') {
      this.documents = [];
      this.failure = undefined;
    }
    this.phase = phase;
    this.#host.requestUpdate();
  }

  /** Arms the attempt's deadline when it first waits on something asynchronous. */
  #armDeadline(attempt: number): void {
    if (this.#deadline !== undefined) return;
    const timeout = this.#options.timeout();
    this.#deadline = setTimeout(() => {
      if (!this.#current(attempt)) return;
      this.#stop();
      this.#fail({ reason: 'timeout', message: `nothing arrived within ${timeout} ms`, problems: [], retryable: true });
    }, timeout);
  }

  /**
   * No input yet: a framework may set `data` in a moment, or the parser may still be adding the
   * inline JSON child. Once the page is parsed and a grace period has passed, say so.
   */
  #waitForInput(attempt: number): void {
    this.#enter('idle');
    // Not for an element that left the page meanwhile: it starts over if it comes back.
    const waiting = () => this.#current(attempt) && this.#host.isConnected;
    const arm = () => {
      if (!waiting()) return;
      this.#graceTimer = setTimeout(() => {
        if (!waiting()) return;
        const problems: Problem[] = [
          { path: '$', message: 'no input: set the data property, a src attribute, or an inline <script type="application/json"> child', severity: 'error' },
        ];
        this.#fail({ reason: 'invalid', message: problems[0]!.message, problems, retryable: false });
      }, NO_INPUT_GRACE);
    };
    const doc = globalThis.document;
    if (doc?.readyState === 'loading') doc.addEventListener('DOMContentLoaded', arm, { once: true });
    else arm();
  }

  #readInline(attempt: number, text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // The parser may still be streaming the script's text in; judge it once the page is parsed.
      const doc = globalThis.document;
      if (doc?.readyState === 'loading') {
        this.#enter('reading');
        doc.addEventListener('DOMContentLoaded', () => this.#current(attempt) && this.#readInline(attempt, text), { once: true });
        return;
      }
      this.#fail({ reason: 'parse', message: `the inline <script type="application/json"> is not JSON (${describe(error)})`, problems: [], retryable: false });
      return;
    }
    this.#read(attempt, json, 'inline');
  }

  #startSrc(attempt: number, input: Extract<VerdictInput, { kind: 'src' }>, reload: boolean): void {
    const target = documentUrl(input.src);
    if (!target.ok) {
      const problems: Problem[] = [{ path: 'src', message: target.reason, severity: 'error' }];
      this.#fail({ reason: 'invalid', message: `src: ${target.reason}`, problems, retryable: false });
      return;
    }
    if (reload || !input.lazy || typeof IntersectionObserver === 'undefined') {
      this.#fetch(attempt, target.url, reload);
      return;
    }
    this.#enter('waiting');
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting) || !this.#current(attempt)) return;
        this.#observer?.disconnect();
        this.#observer = undefined;
        this.#fetch(attempt, target.url, false);
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this.#host);
  }

  #fetch(attempt: number, url: string, reload: boolean): void {
    this.#enter('fetching');
    this.#armDeadline(attempt);
    const controller = (this.#abort = new AbortController());
    requestDocument(url, controller.signal, { reload }).then(
      (outcome) => {
        if (!this.#current(attempt)) return;
        this.#abort = undefined;
        if (outcome.ok) this.#read(attempt, outcome.json, 'src', url);
        else
          this.#fail({
            reason: outcome.reason,
            message: outcome.message,
            problems: [],
            status: outcome.status,
            retryable: outcome.reason !== 'too-large' && outcome.reason !== 'parse',
          });
      },
      () => undefined, // Aborted: a newer attempt, the deadline or removal owns the state now.
    );
  }

  #read(attempt: number, json: unknown, source: FactLoadDetail['source'], pageUrl = globalThis.document?.baseURI): void {
    this.#readWith(attempt, json, source, pageUrl, false);
  }

  /** Reads `json`; `quiet` for a re-read that keeps the current view until it is done. */
  #readWith(attempt: number, json: unknown, source: FactLoadDetail['source'], pageUrl: string | undefined, quiet: boolean): void {
    let result: DocumentsResult | Promise<DocumentsResult>;
    try {
      result = this.#options.kit.read(json, { pageUrl });
    } catch (error) {
      return this.#failRead(error);
    }
    if (!(result instanceof Promise)) return this.#settle(result, json, source, pageUrl, quiet);
    if (!quiet) {
      this.#enter('reading');
      this.#armDeadline(attempt);
    }
    result.then(
      (read) => this.#current(attempt) && this.#settle(read, json, source, pageUrl, quiet),
      // The reader never throws for bad input; a rejection means a chunk it needed did not load.
      (error: unknown) =>
        this.#current(attempt) &&
        this.#fail({ reason: 'network', message: `a part of the reader could not be loaded (${describe(error)})`, problems: [], retryable: true }),
    );
  }

  #failRead(error: unknown): void {
    const problems: Problem[] = [{ path: '$', message: `could not be read (${describe(error)})`, severity: 'error' }];
    this.#fail({ reason: 'invalid', message: problems[0]!.message, problems, retryable: false });
  }

  #settle({ documents, problems }: DocumentsResult, json: unknown, source: FactLoadDetail['source'], pageUrl: string | undefined, quiet: boolean): void {
    this.#stop();
    this.#options.logProblems(json, problems);
    this.#lastJson = { json, source, pageUrl };
    if (documents.length === 0) {
      const errors = problems.filter((p) => p.severity === 'error');
      const message = `the document is not valid: ${errors.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
      this.#fail({ reason: 'invalid', message, problems, retryable: false }, false);
      return;
    }
    // A quiet re-read of the input on screen renders the new words without a second `fact-load`.
    const announce = !(quiet && this.phase === 'ready');
    this.documents = documents;
    this.failure = undefined;
    this.phase = 'ready';
    if (announce) this.announcement = { type: 'fact-load', detail: { document: documents[0]!, documents, source } };
    this.#host.requestUpdate();
  }

  /** Ends the attempt in `error`. Invalid documents were logged by path already; the rest are logged here. */
  #fail(failure: Failure, log = true): void {
    this.#stop();
    this.documents = [];
    this.failure = failure;
    this.phase = 'error';
    if (log) console.error(`fact-verdict: <${this.#host.localName}> ${failure.message}`);
    const { retryable: _retryable, ...detail } = failure;
    this.announcement = { type: 'fact-error', detail };
    this.#host.requestUpdate();
  }
}
