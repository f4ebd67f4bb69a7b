package io.relance.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Phone numbers as people type them ("06 12 34 56 78", "+32 2 555 12 12", "612345678" from a
 * spreadsheet that ate the leading zero), checked and stored in E.164 by libphonenumber. A number
 * without a country code is read in the agency's country.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * What became of a typed number: its E.164 form, or why it was refused (a message key); {@code parsed}
     * is libphonenumber's reading, kept so that the time zone is found without parsing it again.
     */
    public record Checked(String e164, String problem, PhoneNumber parsed) {

        Checked(String e164, String problem) {
            this(e164, problem, null);
        }

        public boolean valid() {
            return problem == null;
        }

        /** The number's time zone when its prefix has only one. */
        public Optional<ZoneId> timeZone() {
            return parsed == null ? Optional.empty() : zoneOf(parsed);
        }
    }

    public static Checked landline(String raw, String defaultRegion) {
        return check(raw, defaultRegion, false);
    }

    /** SMS go to this number: a valid number that is a fixed line is refused. */
    public static Checked mobile(String raw, String defaultRegion) {
        return check(raw, defaultRegion, true);
    }

    private static Checked check(String raw, String defaultRegion, boolean mustBeMobile) {
        if (raw == null || raw.isBlank()) {
            return new Checked(null, null);
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return new Checked(null, "phone.invalid");
            }
            PhoneNumberType type = UTIL.getNumberType(number);
            if (mustBeMobile && type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return new Checked(null, "phone.notMobile");
            }
            return new Checked(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), null, number);
        } catch (NumberParseException e) {
            return new Checked(null, "phone.invalid");
        }
    }

    /** The typed text as E.164 when it is a whole valid number, for search. */
    public static Optional<String> asE164(String raw, String defaultRegion) {
        Checked checked = landline(raw, defaultRegion);
        return Optional.ofNullable(checked.e164());
    }

    /** For display: "+33 6 12 34 56 78". */
    public static String international(String e164) {
        if (e164 == null) {
            return "";
        }
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** The time zone of a number when its prefix has only one (France yes, the USA often not). */
    public static Optional<ZoneId> timeZone(String e164) {
        if (e164 == null) {
            return Optional.empty();
        }
        try {
            return zoneOf(UTIL.parse(e164, null));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zoneOf(PhoneNumber number) {
        List<String> zones = PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number);
        if (zones.size() != 1 || zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zones.get(0)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The platform's home zone (France): where nothing else tells, days and hours are counted in it. */
    public static final ZoneId HOME = ZoneId.of("Europe/Paris");

    /** A sensible zone for an agency's country, used when no number tells better. */
    public static ZoneId zoneOfRegion(String region) {
        return REGION_ZONES.computeIfAbsent(region == null ? "FR" : region, PhoneNumbers::regionZone);
    }

    private static final Map<String, ZoneId> REGION_ZONES = new ConcurrentHashMap<>();

    private static ZoneId regionZone(String region) {
        PhoneNumber example = UTIL.getExampleNumber(region);
        return timeZone(example == null ? null : UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164))
                .orElse(HOME);
    }
}
