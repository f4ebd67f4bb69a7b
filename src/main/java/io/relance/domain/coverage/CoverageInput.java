package io.relance.domain.coverage;

import io.relance.domain.contact.Problem;
import io.relance.domain.contact.WebAddress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A piece of coverage as typed; {@link #problems} says what is wrong with it, field by field. */
public record CoverageInput(Long outletId, Long contactId, LocalDate publishedOn, String title, String url,
                            CoverageKind kind, Long audience, Tone tone) implements Serializable {

    static final int TITLE_MAX = 300;
    static final int URL_MAX = 1000;

    /** The problems of this input; {@code today}: the agency's date (a piece is not published tomorrow). */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            problems.add(new Problem("title", "coverage.title.required", ""));
        } else if (t.length() > TITLE_MAX) {
            problems.add(new Problem("title", "coverage.title.long", String.valueOf(TITLE_MAX)));
        }
        if (publishedOn == null) {
            problems.add(new Problem("publishedOn", "coverage.date.required", ""));
        } else if (publishedOn.isAfter(today)) {
            problems.add(new Problem("publishedOn", "coverage.date.future", publishedOn.toString()));
        }
        if (url != null && !url.isBlank() && !WebAddress.isValid(url.strip(), URL_MAX)) {
            problems.add(new Problem("url", "coverage.url.invalid", url));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "coverage.kind.required", ""));
        }
        if (audience != null && audience < 0) {
            problems.add(new Problem("audience", "coverage.audience.negative", String.valueOf(audience)));
        }
        return problems;
    }

    /** The same input, trimmed, with the neutral tone when none was given. */
    public CoverageInput cleaned() {
        return new CoverageInput(outletId, contactId, publishedOn, title.strip(), url == null || url.isBlank() ? null : url.strip(),
                kind, audience, tone == null ? Tone.NEUTRAL : tone);
    }
}
