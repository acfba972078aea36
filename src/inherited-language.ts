import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ancestorsAcrossShadow, inheritedLang} from './localization.js';

/** An element that takes its language from above it when it has none of its own. */
interface LanguageHost extends ReactiveControllerHost, Element {
  inheritedLang?: string;
}

/**
 * Keeps `host.inheritedLang` equal to the nearest `lang` above the element (crossing shadow
 * roots), and follows changes to the `lang` of every ancestor while the element is on the page.
 * Browser only: a server renderer never connects the element, so this never runs there.
 */
export class InheritedLanguage implements ReactiveController {
  #observer?: MutationObserver;

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const update = () => {
      this.host.inheritedLang = inheritedLang(this.host);
    };
    this.#observer = new MutationObserver(update);
    for (const ancestor of ancestorsAcrossShadow(this.host)) {
      this.#observer.observe(ancestor, {attributes: true, attributeFilter: ['lang']});
    }
    update();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
