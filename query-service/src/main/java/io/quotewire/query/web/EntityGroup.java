package io.quotewire.query.web;

import io.quotewire.query.domain.MentionView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The entities an article names, of one type, for the legend beside the text (PERSON, ORGANIZATION, …). */
public record EntityGroup(String type, String typeClass, List<EntityChip> entities) {

    /** The article's mentions grouped by type, then by entity, most mentioned first. */
    static List<EntityGroup> of(List<MentionView> mentions) {
        Map<String, Map<String, List<MentionView>>> byType = new TreeMap<>();
        for (MentionView mention : mentions) {
            String type = mention.type() == null ? "OTHER" : mention.type();
            String key = mention.entityId() != null ? "entity:" + mention.entityId() : "text:" + mention.text();
            byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                    .add(mention);
        }
        List<EntityGroup> groups = new ArrayList<>();
        byType.forEach((type, byEntity) -> groups.add(new EntityGroup(type, ArticleMarkup.typeClass(type),
                byEntity.values().stream().map(EntityGroup::chip)
                        .sorted(Comparator.comparingInt(EntityChip::mentions).reversed()).toList())));
        return groups;
    }

    private static EntityChip chip(List<MentionView> mentions) {
        MentionView first = mentions.get(0);
        String name = first.canonicalName() != null ? first.canonicalName() : first.text();
        String link = first.entityId() != null ? PageLinks.entity(first.entityId()) : PageLinks.search(name);
        return new EntityChip(name, link, mentions.size());
    }
}
