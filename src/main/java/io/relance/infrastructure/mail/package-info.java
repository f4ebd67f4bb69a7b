/**
 * Email leaves through the WildFly mail session {@code java:jboss/mail/relance}, whose SMTP server
 * comes from the environment; here the message is composed (both parts, the unsubscribe headers).
 * Infrastructure layer: implements ports the application owns (wired by CDI); never calls the interfaces.
 */
package io.relance.infrastructure.mail;
