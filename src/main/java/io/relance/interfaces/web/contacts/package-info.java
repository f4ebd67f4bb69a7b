/** The address book's pages: contacts (list, card, form), outlets, imports and their reports. */
package io.relance.interfaces.web.contacts;
