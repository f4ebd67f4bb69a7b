package io.relance.domain.imports;

import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.ContactRules;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.OutletRules;
import io.relance.domain.contact.Problem;
import io.relance.domain.imports.PlannedRow.Action;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for every line, what an import will do, before anything is written: the preview shows
 * exactly this, and the import carries it out. Lines are checked one by one (every problem of a line
 * is reported); duplicates are looked for among known rows first, then among earlier lines.
 */
public final class ImportAnalyzer {

    private final ColumnMapping mapping;
    private final ImportTarget target;
    private final String region;
    private final Existing existing;
    private final DuplicatePolicy policy;
    private final PlanRows rows;
    /** Keys of lines already planned → their index in {@link #rows} (hashed: a million lines fit). */
    private final LineKeys seen = new LineKeys();
    /** What the values of the line being planned tell (a value left empty, a value set to reject). */
    private ValueNotes notes = new ValueNotes(List.of(), List.of());

    private ImportAnalyzer(ColumnMapping mapping, ImportTarget target, String region, Existing existing, DuplicatePolicy policy,
                           PlanRows rows) {
        this.mapping = mapping;
        this.target = target;
        this.region = region;
        this.existing = existing;
        this.policy = policy;
        this.rows = rows;
    }

    /** A table read whole: the plan in memory. */
    public static ImportPlan analyze(Tabular table, ColumnMapping mapping, ImportTarget target, String region,
                                     Existing existing, DuplicatePolicy policy) {
        PlanRows.InMemory rows = new PlanRows.InMemory();
        ImportAnalyzer analyzer = new ImportAnalyzer(mapping, target, region, existing, policy, rows);
        table.rows().forEach(analyzer::plan);
        return new ImportPlan(rows.list());
    }

    /**
     * A file read line by line, each planned row handed to {@code out} as it is decided: memory holds
     * the duplicate keys seen so far, never the lines nor the plan.
     */
    public static void analyze(TableFile file, ColumnMapping mapping, ImportTarget target, String region,
                               Existing existing, DuplicatePolicy policy, PlanRows out) throws UnreadableFileException {
        analyze(file, mapping, target, region, existing, policy, out, row -> { });
    }

    /** As above, showing every line to {@code alsoSee} too (the preview's distinct values), in the same pass. */
    public static void analyze(TableFile file, ColumnMapping mapping, ImportTarget target, String region,
                               Existing existing, DuplicatePolicy policy, PlanRows out,
                               java.util.function.Consumer<SourceRow> alsoSee) throws UnreadableFileException {
        ImportAnalyzer analyzer = new ImportAnalyzer(mapping, target, region, existing, policy, out);
        file.forEachRow(row -> {
            analyzer.plan(row);
            alsoSee.accept(row);
            return true;
        });
    }

    private void plan(SourceRow row) {
        if (target == ImportTarget.OUTLETS) {
            planOutlet(row);
        } else {
            planContact(row);
        }
    }

    private void planContact(SourceRow row) {
        notes = mapping.notes(row);
        ContactRules.Checked checked = ContactRules.check(RowReader.contact(row, mapping), region);
        List<Problem> problems = new ArrayList<>(notes.refusals());
        problems.addAll(checked.problems());
        OutletDetails outlet = null;
        if (RowReader.hasOutletAttributes(row, mapping) || mapping.value(row, ImportField.OUTLET) != null) {
            OutletRules.Checked o = OutletRules.check(RowReader.outlet(row, mapping));
            o.problems().stream().filter(p -> !"outlet.name.required".equals(p.key()) || RowReader.hasOutletAttributes(row, mapping))
                    .forEach(problems::add);
            outlet = o.details();
        }
        ContactDetails c = checked.details();
        if (c != null && c.ownerEmail() != null && !existing.staffEmails().contains(c.ownerEmail())) {
            problems.add(new Problem("owner", "contact.owner.unknown", c.ownerEmail()));
        }
        String label = label(row);
        if (!problems.isEmpty()) {
            add(new PlannedRow(row.line(), Action.REJECT, label, null, null, null, null, null, List.copyOf(problems)));
            return;
        }
        for (String[] key : DuplicateKeys.of(c)) {
            Long known = lookup(key);
            if (known != null) {
                addDuplicateOfKnown(row, label, c, outlet, known, key[0]);
                return;
            }
        }
        for (String[] key : DuplicateKeys.of(c)) {
            Integer earlier = seen.get(key[0] + ":" + key[1]);
            if (earlier != null) {
                addDuplicateOfLine(row, label, c, outlet, earlier, key[0]);
                return;
            }
        }
        remember(DuplicateKeys.of(c), rows.size());
        add(new PlannedRow(row.line(), Action.CREATE, label, c, outlet, null, null, null, List.of()));
    }

    private void planOutlet(SourceRow row) {
        notes = mapping.notes(row);
        OutletRules.Checked checked = OutletRules.check(RowReader.outlet(row, mapping));
        String label = checked.details() == null ? nonBlank(mapping.value(row, ImportField.OUTLET)) : checked.details().name();
        if (!checked.problems().isEmpty() || !notes.refusals().isEmpty()) {
            List<Problem> problems = new ArrayList<>(notes.refusals());
            problems.addAll(checked.problems());
            add(new PlannedRow(row.line(), Action.REJECT, label, null, null, null, null, null, List.copyOf(problems)));
            return;
        }
        OutletDetails o = checked.details();
        String key = DuplicateKeys.outlet(o.name());
        Long known = existing.outletsByName().get(key);
        if (known != null) {
            addDuplicateOfKnown(row, label, null, o, known, "name");
            return;
        }
        Integer earlier = seen.get("outlet:" + key);
        if (earlier != null) {
            addDuplicateOfLine(row, label, null, o, earlier, "name");
            return;
        }
        seen.put("outlet:" + key, rows.size());
        add(new PlannedRow(row.line(), Action.CREATE, label, null, o, null, null, null, List.of()));
    }

    /**
     * One person, one contact (the database's unique keys, V34): under "create", a line whose email
     * or mobile is a known contact's completes that contact instead (a name at the same outlet is
     * still created: homonyms exist); and no line brings an email or mobile another contact holds.
     */
    private void addDuplicateOfKnown(SourceRow row, String label, ContactDetails c, OutletDetails o, long known, String on) {
        Action action = switch (policy) {
            case SKIP -> Action.SKIP;
            case UPDATE -> Action.UPDATE;
            case CREATE -> Action.CREATE;
        };
        if (action == Action.CREATE && c != null && samePerson(on, c, known)) {
            action = Action.UPDATE;
        }
        if (action == Action.CREATE && c != null) {
            for (String[] key : DuplicateKeys.unique(c)) {
                Integer earlier = seen.get(key[0] + ":" + key[1]);
                if (earlier != null) { // a homonym of a known contact, but the person of an earlier line
                    addDuplicateOfLine(row, label, c, o, earlier, key[0]);
                    return;
                }
            }
        }
        if (action != Action.SKIP && c != null) {
            Problem taken = taken(c, action == Action.UPDATE ? known : null, -1);
            if (taken != null) {
                add(new PlannedRow(row.line(), Action.REJECT, label, null, null, null, null, null, List.of(taken)));
                return;
            }
            remember(DuplicateKeys.of(c), rows.size());
        }
        if (action == Action.CREATE && c == null) {
            // Two outlets cannot share a name: "create" a duplicate outlet means update it.
            action = Action.UPDATE;
        }
        add(new PlannedRow(row.line(), action, label, c, o, known, null, on, List.of()));
    }

    private void addDuplicateOfLine(SourceRow row, String label, ContactDetails c, OutletDetails o, int earlierIndex, String on) {
        PlannedRow earlier = rows.get(earlierIndex);
        if (policy != DuplicatePolicy.SKIP && c != null) {
            Problem taken = taken(c, earlier.existingId(), earlierIndex);
            if (taken != null) {
                add(new PlannedRow(row.line(), Action.REJECT, label, null, null, null, null, null, List.of(taken)));
                return;
            }
        }
        if (policy == DuplicatePolicy.UPDATE || policy == DuplicatePolicy.CREATE && (c == null || samePersonAs(on, c, earlierIndex))) {
            // The earlier line is completed by this one; this line is reported as merged into it.
            rows.set(earlierIndex, c != null ? earlier.withContact(earlier.contact().overlay(c))
                    : earlier.withOutlet(earlier.outlet().overlay(o)));
            if (c != null) {
                remember(DuplicateKeys.of(c), earlierIndex);
            }
            add(new PlannedRow(row.line(), Action.UPDATE, label, null, null, null, earlier.line(), on, List.of()));
        } else if (policy == DuplicatePolicy.CREATE) {
            remember(DuplicateKeys.of(c), rows.size());
            add(new PlannedRow(row.line(), Action.CREATE, label, c, o, null, earlier.line(), on, List.of()));
        } else {
            add(new PlannedRow(row.line(), Action.SKIP, label, null, null, null, earlier.line(), on, List.of()));
        }
    }

    /** Matched on the email, or on a phone that is the line's mobile: the same person (a shared landline is not). */
    private boolean samePerson(String on, ContactDetails c, long known) {
        return "email".equals(on) || "phone".equals(on) && c.mobile() != null
                && Long.valueOf(known).equals(existing.contactsByPhone().get(c.mobile()));
    }

    private boolean samePersonAs(String on, ContactDetails c, int earlierIndex) {
        return "email".equals(on) || "phone".equals(on) && c.mobile() != null
                && Integer.valueOf(earlierIndex).equals(seen.get("phone:" + c.mobile()));
    }

    /**
     * The email or mobile of this line that another contact holds (a known one other than
     * {@code self}, or another line than {@code selfIndex} that does not update {@code self}).
     */
    private Problem taken(ContactDetails c, Long self, int selfIndex) {
        for (String[] key : DuplicateKeys.unique(c)) {
            Long holder = lookup(key);
            Integer line = seen.get(key[0] + ":" + key[1]);
            boolean heldElsewhere = holder != null && !holder.equals(self)
                    || line != null && line != selfIndex && (self == null || !self.equals(rows.get(line).existingId()));
            if (heldElsewhere) {
                return new Problem("email".equals(key[0]) ? "email" : "mobile", "import.duplicate.taken", key[1]);
            }
        }
        return null;
    }

    /** Plans a line, with the warnings of its values. */
    private void add(PlannedRow row) {
        rows.add(notes.warnings().isEmpty() ? row : row.withWarnings(notes.warnings()));
    }

    private Long lookup(String[] key) {
        return switch (key[0]) {
            case "email" -> existing.contactsByEmail().get(key[1]);
            case "phone" -> existing.contactsByPhone().get(key[1]);
            default -> existing.contactsByNameAndOutlet().get(key[1]);
        };
    }

    private void remember(List<String[]> keys, int index) {
        for (String[] key : keys) {
            seen.putIfAbsent(key[0] + ":" + key[1], index);
        }
    }

    /** "Marie Dupont — Le Monde", read raw so that a rejected line can be recognised too. */
    private String label(SourceRow row) {
        String name = String.join(" ", nonBlank(mapping.value(row, ImportField.FIRST_NAME)),
                nonBlank(mapping.value(row, ImportField.LAST_NAME)), nonBlank(mapping.value(row, ImportField.FULL_NAME))).strip();
        String outlet = nonBlank(mapping.value(row, ImportField.OUTLET));
        String email = nonBlank(mapping.value(row, ImportField.EMAIL));
        String who = name.isEmpty() ? email : name;
        return outlet.isEmpty() ? who : who + " — " + outlet;
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.strip();
    }
}
