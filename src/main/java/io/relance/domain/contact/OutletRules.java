package io.relance.domain.contact;

import java.util.ArrayList;
import java.util.List;

/** Checks an {@link OutletInput}: every problem is reported, not only the first. */
public final class OutletRules {

    public static final int NAME_MAX = 160;

    private OutletRules() {
    }

    /** The checked outlet (null when any problem) and the problems. */
    public record Checked(OutletDetails details, List<Problem> problems) {
    }

    public static Checked check(OutletInput in) {
        List<Problem> problems = new ArrayList<>();
        String name = Text.clean(in.name());
        if (name == null) {
            problems.add(new Problem("outletName", "outlet.name.required", ""));
        } else if (name.length() > NAME_MAX) {
            problems.add(new Problem("outletName", "field.tooLong", name));
        }
        OutletType type = Text.choice(OutletType.class, in.type(), "outletType", "outlet.type.unknown", problems);
        Periodicity periodicity = Text.choice(Periodicity.class, in.periodicity(), "outletPeriodicity",
                "outlet.periodicity.unknown", problems);
        ClosingDay.Parsed closing = ClosingDay.parse(in.closingDay(), periodicity);
        if (closing.problem() != null) {
            problems.add(new Problem("outletClosing", closing.problem(), in.closingDay().strip()));
        }
        Scale scale = Text.choice(Scale.class, in.scale(), "outletScale", "outlet.scale.unknown", problems);
        Tier tier = Text.choice(Tier.class, in.tier(), "outletTier", "tier.unknown", problems);
        String topics = Text.topics(in.topics(), "outletTopics", problems);
        OutletDetails details = problems.isEmpty()
                ? new OutletDetails(name, type, periodicity, closing.day(), scale, tier, topics) : null;
        return new Checked(details, List.copyOf(problems));
    }
}
