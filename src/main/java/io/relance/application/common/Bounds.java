package io.relance.application.common;

/**
 * The bounds of what a caller may ask for in one request, shared by the API and the pages: a page
 * of at most {@link #MAX_PAGE} rows from a non-negative offset, and search text of at most
 * {@link #MAX_SEARCH} characters. Anyone may sign up, so {@code size=1000000} or a megabyte of
 * search text must cost what a normal request costs.
 */
public final class Bounds {

    /** The most rows one page answers: more than any table shows (25, 50 or 100 rows). */
    public static final int MAX_PAGE = 200;

    /** The longest search text: longer than any name, email or phone number people search by. */
    public static final int MAX_SEARCH = 100;

    private Bounds() {
    }

    /** A page's offset: a negative one is the first row. */
    public static int first(int first) {
        return Math.max(0, first);
    }

    /** A page's size: at least one row, at most {@link #MAX_PAGE} (a larger ask gets the cap). */
    public static int size(int size) {
        return Math.min(Math.max(1, size), MAX_PAGE);
    }

    /** Search text from the API: over {@link #MAX_SEARCH} characters it is refused (400), never cut silently. */
    public static String search(String field, String text) {
        if (text != null && text.length() > MAX_SEARCH) {
            throw new TooLong(field);
        }
        return text;
    }

    /** Search text from a page, whose field stops at {@link #MAX_SEARCH} characters: a forged longer post is cut. */
    public static String cut(String text) {
        return text == null || text.length() <= MAX_SEARCH ? text : text.substring(0, MAX_SEARCH);
    }

    /** Search text over the bound: a 400 in the API, with the field and the message key. */
    public static final class TooLong extends Refused {
        public TooLong(String field) {
            super(field, "search.tooLong");
        }
    }
}
