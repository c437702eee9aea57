package io.quotewire.engine.attribution;

import io.quotewire.engine.model.CanonicalEntity;
import io.quotewire.engine.model.EntityMention;
import java.util.ArrayList;
import java.util.List;

/** The canonical entities of one article and where each is mentioned, searchable by token position. */
final class EntityIndex {

    private final List<CanonicalEntity> entities;
    private final List<ResolvedMention> mentions;
    private final ResolvedMention[] mentionAtToken;

    EntityIndex(List<CanonicalEntity> entities, List<ResolvedMention> mentions, int tokenCount) {
        this.entities = List.copyOf(entities);
        this.mentions = List.copyOf(mentions);
        this.mentionAtToken = new ResolvedMention[tokenCount];
        for (ResolvedMention mention : mentions) {
            for (int i = mention.tokenStart(); i < mention.tokenEnd(); i++) {
                mentionAtToken[i] = mention;
            }
        }
    }

    List<CanonicalEntity> entities() {
        return entities;
    }

    CanonicalEntity entity(int index) {
        return entities.get(index);
    }

    boolean isPerson(ResolvedMention mention) {
        return entities.get(mention.entity()).type().equals("PERSON");
    }

    /** The mention covering token {@code index}, or null. */
    ResolvedMention mentionAt(int index) {
        return index >= 0 && index < mentionAtToken.length ? mentionAtToken[index] : null;
    }

    /** All mentions in text order. */
    List<ResolvedMention> mentions() {
        return mentions;
    }

    /** The mentions as the domain reports them. */
    List<EntityMention> toDomainMentions() {
        List<EntityMention> result = new ArrayList<>(mentions.size());
        for (ResolvedMention m : mentions) {
            CanonicalEntity entity = entities.get(m.entity());
            result.add(new EntityMention(entity.key(), m.text(), entity.type(), m.start(), m.end()));
        }
        return result;
    }
}
