package io.relance.domain.imports;

import io.relance.domain.contact.Choice;
import io.relance.domain.contact.Civility;
import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.ContactRules;
import io.relance.domain.contact.LegalBasis;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Scale;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.YesNo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The closed choices an import fills (type, periodicity, tier, civility, legal basis, closing day,
 * yes/no, language) and how a file's own words are read as one of them. A choice is named by a
 * code the checking rules read back: an enum constant's name, a weekday's English name or a day of
 * the month, an ISO language code.
 */
public final class Vocabulary {

    /** The languages offered when a value is to be chosen by hand; any ISO code is read from a file. */
    static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "nl", "pt", "ar", "zh", "ja", "ru", "pl");

    private static final Map<ImportField, Class<? extends Enum<?>>> ENUMS = new EnumMap<>(ImportField.class);
    private static final Map<Class<?>, WordIndex> INDEXES = new java.util.HashMap<>();

    static {
        ENUMS.put(ImportField.CIVILITY, Civility.class);
        ENUMS.put(ImportField.OUTLET_TYPE, OutletType.class);
        ENUMS.put(ImportField.OUTLET_PERIODICITY, Periodicity.class);
        ENUMS.put(ImportField.OUTLET_SCALE, Scale.class);
        ENUMS.put(ImportField.OUTLET_TIER, Tier.class);
        ENUMS.put(ImportField.TIER, Tier.class);
        ENUMS.put(ImportField.LEGAL_BASIS, LegalBasis.class);
        ENUMS.put(ImportField.DO_NOT_CALL, YesNo.class);
        ENUMS.put(ImportField.OPTED_OUT, YesNo.class);
        for (Class<? extends Enum<?>> type : ENUMS.values()) {
            INDEXES.computeIfAbsent(type, t -> index(type));
        }
    }

    private Vocabulary() {
    }

    /** Whether a field's values are a closed choice (and so get a value mapping). */
    public static boolean covers(ImportField field) {
        return ENUMS.containsKey(field) || field == ImportField.LANGUAGE || field == ImportField.OUTLET_CLOSING;
    }

    /** The codes a person may pick for a field's value, in the order the form lists them. */
    public static List<String> options(ImportField field) {
        if (ENUMS.containsKey(field)) {
            return Arrays.stream(ENUMS.get(field).getEnumConstants()).map(Enum::name).toList();
        }
        if (field == ImportField.LANGUAGE) {
            return LANGUAGES;
        }
        if (field == ImportField.OUTLET_CLOSING) {
            List<String> days = new ArrayList<>();
            Arrays.stream(DayOfWeek.values()).map(Enum::name).forEach(days::add);
            IntStream.rangeClosed(1, 31).mapToObj(String::valueOf).forEach(days::add);
            return days;
        }
        return List.of();
    }

    /** The simple name of the enum whose constants are the field's codes ("OutletType"), if any: its labels' keys. */
    public static Optional<String> enumName(ImportField field) {
        return Optional.ofNullable(ENUMS.get(field)).map(Class::getSimpleName);
    }

    /** Whether a code may be chosen for a field (a saved or posted choice is checked against this). */
    public static boolean accepts(ImportField field, String code) {
        if (field == ImportField.LANGUAGE) {
            return code != null && ContactRules.languageCode(code).filter(code::equals).isPresent();
        }
        return options(field).contains(code);
    }

    /** What a non-blank cell of a choice column reads as. */
    public static ValueMatch match(ImportField field, String raw) {
        if (raw == null || raw.isBlank()) {
            return ValueMatch.UNKNOWN;
        }
        if (ENUMS.containsKey(field)) {
            return INDEXES.get(ENUMS.get(field)).match(raw.strip());
        }
        if (field == ImportField.LANGUAGE) {
            return language(raw.strip());
        }
        if (field == ImportField.OUTLET_CLOSING) {
            return closingDay(raw.strip());
        }
        return ValueMatch.UNKNOWN;
    }

    /** The field name the checking rules use in their problems, for a warning about the same field. */
    static String problemField(ImportField field) {
        return switch (field) {
            case OUTLET_TYPE -> "outletType";
            case OUTLET_PERIODICITY -> "outletPeriodicity";
            case OUTLET_CLOSING -> "outletClosing";
            case OUTLET_SCALE -> "outletScale";
            case OUTLET_TIER -> "outletTier";
            case LEGAL_BASIS -> "legalBasis";
            case DO_NOT_CALL -> "doNotCall";
            case OPTED_OUT -> "optedOut";
            case LANGUAGE -> "language";
            case CIVILITY -> "civility";
            default -> "tier";
        };
    }

    private static WordIndex index(Class<? extends Enum<?>> type) {
        WordIndex index = new WordIndex();
        for (Enum<?> constant : type.getEnumConstants()) {
            index.add(constant.name(), constant.name().replace('_', ' '));
            try {
                Choice.Aliases aliases = type.getField(constant.name()).getAnnotation(Choice.Aliases.class);
                for (String alias : aliases == null ? new String[0] : aliases.value()) {
                    index.add(constant.name(), alias);
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e); // an enum constant is always a public field of its type
            }
        }
        return index;
    }

    /** "Français", "fr-FR", "French (France)": the name or code, else its first word. */
    private static ValueMatch language(String raw) {
        Optional<String> exact = ContactRules.languageCode(raw);
        if (exact.isPresent()) {
            return new ValueMatch(exact.get(), ValueMatch.How.EXACT);
        }
        List<String> words = WordIndex.words(WordIndex.withoutBrackets(raw));
        return words.isEmpty() ? ValueMatch.UNKNOWN : ContactRules.languageCode(words.get(0))
                .map(code -> new ValueMatch(code, ValueMatch.How.SYNONYM)).orElse(ValueMatch.UNKNOWN);
    }

    /** "jeudi", "15", "le 15 du mois", "Jeudi (matin)": a weekday or a day of the month. */
    private static ValueMatch closingDay(String raw) {
        ClosingDay day = ClosingDay.parse(raw, null).day();
        if (day != null) {
            return new ValueMatch(code(day), ValueMatch.How.EXACT);
        }
        String cleaned = String.join(" ", WordIndex.words(WordIndex.withoutBrackets(raw)));
        day = cleaned.isEmpty() ? null : ClosingDay.parse(cleaned, null).day();
        if (day == null) {
            List<ClosingDay> days = WordIndex.words(WordIndex.withoutBrackets(raw)).stream()
                    .map(w -> ClosingDay.parse(w, null).day()).filter(java.util.Objects::nonNull).distinct().toList();
            day = days.size() == 1 ? days.get(0) : null;
        }
        return day == null ? ValueMatch.UNKNOWN : new ValueMatch(code(day), ValueMatch.How.SYNONYM);
    }

    private static String code(ClosingDay day) {
        return day.weekday() != null ? day.weekday().name() : String.valueOf(day.dayOfMonth());
    }
}
