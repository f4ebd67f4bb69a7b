/** The anchor SMS editor (live preview and segment count) and the outbox page. */
package io.relance.interfaces.web.sms;
