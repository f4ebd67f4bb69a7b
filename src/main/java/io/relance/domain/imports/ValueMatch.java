package io.relance.domain.imports;

/**
 * What a value of a file's choice column becomes, and how it was found, so that the preview can say
 * why: the value is a known word ({@code EXACT}), it reads as one once cleaned up or expanded
 * ({@code SYNONYM}: accents, parentheses, plurals, abbreviations, longer phrases), it is one or two
 * letters off a known word ({@code SIMILAR}), or nothing fits, or several choices do ({@code UNKNOWN}).
 */
public record ValueMatch(String code, How how) implements java.io.Serializable {

    public enum How {
        EXACT, SYNONYM, SIMILAR, UNKNOWN
    }

    static final ValueMatch UNKNOWN = new ValueMatch(null, How.UNKNOWN);

    public boolean found() {
        return code != null;
    }
}
