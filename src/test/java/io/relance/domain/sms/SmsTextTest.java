package io.relance.domain.sms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SmsTextTest {

    @Test
    void frenchWithEAcuteStaysGsm7ButECircumflexNeedsUcs2() {
        SmsText acute = SmsText.of("Bonjour, le communiqué est arrivé ?");
        assertEquals(SmsText.Encoding.GSM7, acute.encoding());
        assertEquals(35, acute.units());
        assertNull(acute.firstNonGsm());
        SmsText circumflex = SmsText.of("Vous êtes invitée");
        assertEquals(SmsText.Encoding.UCS2, circumflex.encoding());
        assertEquals("ê", circumflex.firstNonGsm());
        assertEquals(17, circumflex.units());
    }

    @Test
    void gsm7LimitsAre160Then153PerSegment() {
        assertEquals(1, SmsText.of("a".repeat(160)).segments());
        assertEquals(2, SmsText.of("a".repeat(161)).segments());
        assertEquals(2, SmsText.of("a".repeat(306)).segments());
        assertEquals(3, SmsText.of("a".repeat(307)).segments());
        assertEquals(0, SmsText.of("").segments());
        assertEquals(153 * 2 - 200, SmsText.of("a".repeat(200)).remaining());
    }

    @Test
    void extensionCharactersCostTwoSeptetsAndAreNeverSplit() {
        SmsText euro = SmsText.of("Prix : 30 €");
        assertEquals(SmsText.Encoding.GSM7, euro.encoding());
        assertEquals(12, euro.units());
        assertEquals(1, SmsText.of("€".repeat(80)).segments(), "160 septets");
        assertEquals(2, SmsText.of("€".repeat(81)).segments());
        // 152 plain septets then an escape pair: the pair moves whole to the second segment
        assertEquals(2, SmsText.of("a".repeat(152) + "{" + "a".repeat(7)).segments());
        assertEquals(1, SmsText.of("a".repeat(158) + "[").segments());
    }

    @Test
    void ucs2LimitsAre70Then67PerSegment() {
        assertEquals(1, SmsText.of("ê".repeat(70)).segments());
        assertEquals(2, SmsText.of("ê".repeat(71)).segments());
        assertEquals(2, SmsText.of("ê".repeat(134)).segments());
        assertEquals(3, SmsText.of("ê".repeat(135)).segments());
        SmsText emoji = SmsText.of("Merci 🙂");
        assertEquals(8, emoji.units(), "an emoji takes two UTF-16 units");
        assertEquals("🙂", emoji.firstNonGsm());
    }

    @Test
    void gsmSeptetsFollowTheCodeTableAndComeBackUnchanged() {
        byte[] bytes = SmsText.bytes("@é Æ€", SmsText.Encoding.GSM7);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[]{0x00, 0x05, 0x20, 0x1C, 0x1B, 0x65}, bytes);
        String text = "Bonjour Zoé, prix : 30 € [promo] ~ à demain !";
        assertEquals(text, SmsText.fromGsm(SmsText.bytes(text, SmsText.Encoding.GSM7)));
    }
}
