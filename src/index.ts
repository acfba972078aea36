/**
 * The bundle's entry: importing it registers every element, then upgrades CMS placeholders
 * (`<div data-trp="…">`, see placeholders.ts) now and whenever they are added.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {upgradePlaceholders, watchPlaceholders} from './placeholders.js';

export {TrpContactCard, upgradePlaceholders};

define('trp-contact-card', TrpContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
  }
}

// Last, so that every element above is defined before the first placeholder is upgraded.
watchPlaceholders(document);
