/**
 * The agency's address book: media outlets and the contacts (journalists, prospects) that campaigns
 * target, with the rules that need no container: phone and email validation, topics, call windows,
 * and the words an import file may use for each choice; the "no" a person says (PersonSaidNo) and
 * what it ended (Withdrawn), shared by the address book and the sequences without tying them together.
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.contact;
