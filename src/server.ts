/**
 * The server entry, for rendering the elements to HTML in Node with Lit's server renderer
 * (`@lit-labs/ssr`): every language registered and every element defined on import, since the
 * renderer looks elements up by tag. It touches no browser API.
 */
import './generated/languages/all.js';
import {defineAll} from './elements.js';

export * from './elements.js';

defineAll();
