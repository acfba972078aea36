/**
 * The browser bundle for pages whose elements were rendered on the server (`dist/trp-widgets-ssr.js`):
 * the same as `dist/trp-widgets.js`, with Lit's hydration support first, so that an element whose
 * content is already in the page (declarative shadow DOM) takes it over instead of rendering it
 * again. Both come before the bundle's entry, which defines the elements: the page's elements
 * upgrade as soon as they are defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './server-rendered.js';

export * from './index.js';
