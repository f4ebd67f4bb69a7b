/**
 * The campaign's release by email as a text: its subject and body with the SMS's variables, what
 * makes them valid, and the plain text turned into the HTML part (escaped, in paragraphs).
 */
package io.relance.domain.mail;
