/**
 * The campaign's release by email as a text: its subject and body with the SMS's variables, what
 * makes them valid, and the plain text turned into the HTML part (escaped, in paragraphs).
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.mail;
