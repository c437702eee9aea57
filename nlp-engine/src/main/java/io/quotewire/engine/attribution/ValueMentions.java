package io.quotewire.engine.attribution;

import io.quotewire.engine.annotation.AnnotatedText;
import io.quotewire.engine.annotation.NamedSpan;
import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.EntityMention;
import io.quotewire.engine.model.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dates, times, sums of money and percentages with the value CoreNLP normalised them to ("October 5" → 2019-10-05),
 * added to an analysis as entities of their own, after attribution: they never speak and are never people or
 * organisations. One entity per type and value, so "Oct. 5" and "October 5" of one article are one date.
 */
final class ValueMentions {

    /** The tagger's types kept as values; durations, sets, numbers and ordinals are left out. */
    static final Set<String> TYPES = Set.of("DATE", "TIME", "MONEY", "PERCENT");

    private ValueMentions() {}

    /** {@code analysis} with the value mentions of {@code annotated} that overlap no name ("Ms. May" is a person). */
    static TextAnalysis addTo(TextAnalysis analysis, AnnotatedText annotated) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<EntityMention> mentions = new ArrayList<>(analysis.mentions());
        for (NamedSpan span : annotated.mentions()) {
            if (!TYPES.contains(span.type()) || overlapsName(span, analysis.mentions())) {
                continue;
            }
            String text = annotated.text().substring(span.begin(), span.end());
            String identity = span.type() + "|" + (span.value() != null ? span.value() : text.toLowerCase(Locale.ROOT));
            Group group = groups.computeIfAbsent(identity,
                    k -> new Group("v" + (groups.size() + 1), text, span.type(), span.value()));
            group.surfaces.add(text);
            mentions.add(new EntityMention(group.key, text, span.type(), span.begin(), span.end(), span.value()));
        }
        if (groups.isEmpty()) {
            return analysis;
        }
        List<CanonicalEntity> entities = new ArrayList<>(analysis.entities());
        for (Group group : groups.values()) {
            List<String> aliases = group.surfaces.stream().filter(surface -> !surface.equals(group.name)).toList();
            entities.add(new CanonicalEntity(group.key, group.name, group.type, aliases, group.value));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return new TextAnalysis(List.copyOf(entities), List.copyOf(mentions), analysis.quotes());
    }

    private static boolean overlapsName(NamedSpan span, List<EntityMention> names) {
        return names.stream().anyMatch(name -> name.start() < span.end() && span.begin() < name.end());
    }

    /** The mentions of one value: the first spelling names it, the others are its aliases. */
    private static final class Group {
        final String key;
        final String name;
        final String type;
        final String value;
        final Set<String> surfaces = new LinkedHashSet<>();

        Group(String key, String name, String type, String value) {
            this.key = key;
            this.name = name;
            this.type = type;
            this.value = value;
        }
    }
}
