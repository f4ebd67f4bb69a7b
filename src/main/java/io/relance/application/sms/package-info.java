/**
 * The anchor SMS: the campaign's text with its live preview, the outbox of messages and its
 * dispatcher, the agency's provider, and what operators send back. Imports only the domain and its
 * own ports (SmsStore, SmsOutboxWriter, OutboxRepository, SmsGateway, HookDeliveries).
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.sms;
