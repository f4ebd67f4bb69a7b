package io.relance.domain.contact;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a {@link ContactInput} for an agency of a given country: a last name is required, phones
 * must be valid numbers (the mobile a mobile), the email well formed; every problem is reported.
 * The time zone, when not typed, comes from the phone, else from the agency's country.
 */
public final class ContactRules {

    public static final int NAME_MAX = 80;
    public static final int TEXT_MAX = 160;
    public static final int NOTES_MAX = 4000;

    private ContactRules() {
    }

    /** The checked contact (null when any problem) and the problems. */
    public record Checked(ContactDetails details, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(ContactInput in, String region) {
        List<Problem> problems = new ArrayList<>();
        Civility civility = Text.choice(Civility.class, in.civility(), "civility", "contact.civility.unknown", problems);
        String first = Text.max(Text.clean(in.firstName()), NAME_MAX, "firstName", problems);
        String last = Text.max(Text.clean(in.lastName()), NAME_MAX, "lastName", problems);
        if (last == null && Text.clean(in.lastName()) == null) {
            problems.add(new Problem("lastName", "contact.name.required", ""));
        }
        String beat = Text.max(Text.clean(in.beat()), TEXT_MAX, "beat", problems);
        String outlet = Text.max(Text.clean(in.outletName()), OutletRules.NAME_MAX, "outletName", problems);
        String topics = Text.topics(in.topics(), "topics", problems);
        Tier tier = Text.choice(Tier.class, in.tier(), "tier", "tier.unknown", problems);
        PhoneNumbers.Checked landlineChecked = PhoneNumbers.landline(in.landline(), region);
        PhoneNumbers.Checked mobileChecked = PhoneNumbers.mobile(in.mobile(), region);
        String landline = phone(landlineChecked, "landline", in.landline(), problems);
        String mobile = phone(mobileChecked, "mobile", in.mobile(), problems);
        String email = EmailAddress.normalize(in.email());
        if (email != null && !EmailAddress.isValid(email)) {
            problems.add(new Problem("email", "contact.email.invalid", in.email().strip()));
            email = null;
        }
        String zone = zone(in.timeZone(), mobileChecked, landlineChecked, region, problems);
        CallWindows.Parsed windows = CallWindows.parse(in.callWindows());
        if (windows.problem() != null) {
            problems.add(new Problem("callWindows", windows.problem(), in.callWindows().strip()));
        }
        String language = language(in.language(), problems);
        String owner = EmailAddress.normalize(in.ownerEmail());
        String notes = Text.max(blankToNull(in.notes()), NOTES_MAX, "notes", problems);
        String confidential = Text.max(blankToNull(in.confidentialNotes()), NOTES_MAX, "confidentialNotes", problems);
        LegalBasis basis = Text.choice(LegalBasis.class, in.legalBasis(), "legalBasis", "contact.legalBasis.unknown", problems);
        var basisDate = Text.date(in.legalBasisDate(), "legalBasisDate", problems);
        String basisSource = Text.max(Text.clean(in.legalBasisSource()), TEXT_MAX, "legalBasisSource", problems);
        boolean doNotCall = Text.yesNo(in.doNotCall(), "doNotCall", problems);
        String doNotCallReason = Text.max(Text.clean(in.doNotCallReason()), TEXT_MAX, "doNotCallReason", problems);
        boolean optedOut = Text.yesNo(in.optedOut(), "optedOut", problems);
        String optedOutReason = Text.max(Text.clean(in.optedOutReason()), TEXT_MAX, "optedOutReason", problems);
        ContactDetails details = problems.isEmpty() ? new ContactDetails(civility, first, last, beat, outlet, topics,
                tier, landline, mobile, email, zone, windows.windows() == null ? null : windows.windows().toString(),
                language, owner, notes, confidential, basis, basisDate, basisSource, doNotCall, doNotCallReason,
                optedOut, optedOutReason) : null;
        return new Checked(details, List.copyOf(problems));
    }

    private static String phone(PhoneNumbers.Checked checked, String field, String raw, List<Problem> problems) {
        if (!checked.valid()) {
            problems.add(new Problem(field, checked.problem(), raw.strip()));
        }
        return checked.e164();
    }

    private static String zone(String typed, PhoneNumbers.Checked mobile, PhoneNumbers.Checked landline, String region,
                               List<Problem> problems) {
        String text = Text.clean(typed);
        if (text != null) {
            try {
                return ZoneId.of(text).getId();
            } catch (DateTimeException e) {
                problems.add(new Problem("timeZone", "contact.timeZone.unknown", text));
                return null;
            }
        }
        Optional<ZoneId> fromPhone = mobile.timeZone().or(landline::timeZone); // the numbers as parsed above: no second parse
        return fromPhone.orElseGet(() -> PhoneNumbers.zoneOfRegion(region)).getId();
    }

    /** "fr", "FR", "français", "French", "anglais" → an ISO 639-1 code. */
    static String language(String typed, List<Problem> problems) {
        String text = Text.clean(typed);
        if (text == null) {
            return null;
        }
        String code = LANGUAGES.get(Choice.fold(text));
        if (code == null) {
            problems.add(new Problem("language", "contact.language.unknown", text));
        }
        return code;
    }

    /** The ISO 639-1 code a typed language names ("Français", "fr", "English"), if any. */
    public static Optional<String> languageCode(String typed) {
        return typed == null ? Optional.empty() : Optional.ofNullable(LANGUAGES.get(Choice.fold(typed)));
    }

    /** Codes and their French and English names, folded; built once, read for every row. */
    private static final Map<String, String> LANGUAGES = languages();

    @SuppressWarnings("deprecation") // Locale.of is Java 19+
    private static Map<String, String> languages() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = new Locale(code);
            names.putIfAbsent(Choice.fold(language.getDisplayLanguage(Locale.FRENCH)), code);
            names.putIfAbsent(Choice.fold(language.getDisplayLanguage(Locale.ENGLISH)), code);
        }
        for (String code : Locale.getISOLanguages()) {
            names.put(code, code);
        }
        return Map.copyOf(names);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
