import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onRegistryChange, sharedRegistry, type RegistryChange } from '../../data/registry.js';

/**
 * Re-renders its element when a rating scale or a message catalogue is registered, or the built-in
 * scales arrive, through any copy of the library on the page. Listens only while the element is
 * connected; one that was away when something changed catches up when it comes back.
 *
 * `onChange` replaces the default `host.requestUpdate()` for an element that caches what it read
 * (a resolved rating): mark the cache stale there and request an update, so a burst of
 * registrations costs one re-read at the next render, not one per registration.
 *
 * ```ts
 * constructor() {
 *   super();
 *   new RegistryController(this);
 * }
 * ```
 */
export class RegistryController implements ReactiveController {
  private stop?: () => void;
  /** The registry's revision when the host stopped listening. */
  private seen = -1;
  private readonly notify: (change: RegistryChange) => void;

  constructor(host: ReactiveControllerHost, onChange: (change: RegistryChange) => void = () => host.requestUpdate()) {
    this.notify = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.stop) return;
    this.stop = onRegistryChange(this.notify);
    // Something changed while the host was disconnected; which table is unknown, so say both.
    if (this.seen !== -1 && this.seen !== sharedRegistry().revision) {
      this.notify('ratings');
      this.notify('messages');
    }
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.seen = sharedRegistry().revision;
  }
}
