package io.quotewire.engine.attribution;

import io.quotewire.engine.model.Speaker;
import java.util.Map;

/** Builds the domain {@link Speaker} from a match, adding the entity's key and the role the article gives it. */
final class SpeakerFactory {

    private final EntityIndex index;
    private final Map<Integer, Description> descriptions;

    SpeakerFactory(EntityIndex index, Map<Integer, Description> descriptions) {
        this.index = index;
        this.descriptions = descriptions;
    }

    /** Whether entity {@code entity} is an organisation. */
    boolean isOrganisation(int entity) {
        return index.entity(entity).type().equals("ORGANIZATION");
    }

    Speaker toSpeaker(SpeakerMatch match) {
        if (match.entity() < 0) {
            return new Speaker(match.name(), null, null, null, match.mentionText(), match.start(), match.end());
        }
        String key = index.entity(match.entity()).key();
        Description description = descriptions.get(match.entity());
        String descriptionText = description == null ? null : description.text();
        String organization = description == null || description.organizationEntity() < 0 ? null
                : index.entity(description.organizationEntity()).key();
        return new Speaker(match.name(), key, descriptionText, organization, match.mentionText(), match.start(),
                match.end());
    }
}
