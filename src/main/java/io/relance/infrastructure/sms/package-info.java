/** Adapters to SMS operators: SMPP 3.4 (jSMPP) sessions per agency, their receipts and replies. */
package io.relance.infrastructure.sms;
