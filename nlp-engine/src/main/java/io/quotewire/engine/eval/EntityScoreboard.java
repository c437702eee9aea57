package io.quotewire.engine.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Person, organisation and place names scored per type against gold names: span and type must be the gold's. */
public final class EntityScoreboard {

    /** The types scored; nationalities, dates and other names are neither gold nor predictions. */
    public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

    private final Map<String, Tally> byType = new LinkedHashMap<>();
    private final Tally overall = new Tally();

    public EntityScoreboard() {
        TYPES.forEach(type -> byType.put(type, new Tally()));
    }

    /** A name of one type over the characters {@code span} of its text. */
    public record Name(String type, Span span) {

        /** {@code "PERSON 12-19"}. */
        public String label() {
            return type + " " + span.start() + "-" + span.end();
        }
    }

    /** A gold name no prediction matched ({@code missed}), or a prediction no gold name matched. */
    public record Slip(boolean missed, Name name) {

        /** {@code "missed PERSON 12-19 Ann Lee"}, the name as it stands in {@code text}. */
        public String describe(String text) {
            return (missed ? "missed " : "extra ") + name.label() + " "
                    + text.substring(name.span().start(), name.span().end()).replace('\n', ' ');
        }
    }

    /** Scores one text's names; predictions of other types are left out. Returns the slips, gold first. */
    public List<Slip> add(Set<Name> gold, Set<Name> predicted) {
        List<Slip> slips = new ArrayList<>();
        for (Name name : gold) {
            boolean matched = predicted.contains(name);
            tally(name).addGold(matched);
            overall.addGold(matched);
            if (!matched) {
                slips.add(new Slip(true, name));
            }
        }
        for (Name name : predicted) {
            if (!TYPES.contains(name.type())) {
                continue;
            }
            boolean matched = gold.contains(name);
            tally(name).addPredicted(matched);
            overall.addPredicted(matched);
            if (!matched) {
                slips.add(new Slip(false, name));
            }
        }
        return slips;
    }

    public Tally overall() {
        return overall;
    }

    /** Tallies per type, in the order of {@link #TYPES}. */
    public Map<String, Tally> byType() {
        return Collections.unmodifiableMap(byType);
    }

    /** Predicted, gold, matched, P, R and F1 per type and for all, one row each. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-13s %9s %6s %7s %7s %7s %7s%n",
                "entities", "predicted", "gold", "matched", "P", "R", "F1"));
        byType.forEach((type, tally) -> table.append(row(type, tally)));
        return table.append(row("all", overall)).toString();
    }

    private Tally tally(Name name) {
        Tally tally = byType.get(name.type());
        if (tally == null) {
            throw new IllegalArgumentException("Gold name of type " + name.type() + " at " + name.label()
                    + ": only " + TYPES + " are scored");
        }
        return tally;
    }

    private static String row(String name, Tally tally) {
        return String.format(Locale.ROOT, "%-13s %9d %6d %7d %7.3f %7.3f %7.3f%n", name, tally.predicted(),
                tally.gold(), tally.goldMatched(), tally.precision(), tally.recall(), tally.f1());
    }
}
