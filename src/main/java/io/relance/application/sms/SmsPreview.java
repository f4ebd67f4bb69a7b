package io.relance.application.sms;

import io.relance.domain.sms.SmsText;

import java.io.Serializable;

/** The text as a real contact would receive it, with its encoding and segments. */
public record SmsPreview(String contact, String body, SmsText text) implements Serializable {
}
