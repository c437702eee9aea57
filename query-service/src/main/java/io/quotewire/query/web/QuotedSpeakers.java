package io.quotewire.query.web;

import io.quotewire.query.domain.QuoteView;
import io.quotewire.query.domain.SpeakerView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups an article's quotes by speaker for the "who is quoted here" panel, most quoted first. */
public final class QuotedSpeakers {

    private QuotedSpeakers() {}

    public static List<QuotedSpeaker> of(List<QuoteView> quotes) {
        Map<String, List<SpeakerView>> bySpeaker = new LinkedHashMap<>();
        for (QuoteView quote : quotes) {
            SpeakerView speaker = quote.speaker();
            if (speaker == null || speaker.name() == null) {
                continue;
            }
            // One row per entity; speakers without an entity are told apart by name.
            String key = speaker.entityId() != null ? "entity:" + speaker.entityId() : "name:" + speaker.name();
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(speaker);
        }
        return bySpeaker.values().stream()
                .map(QuotedSpeakers::row)
                .sorted(Comparator.comparingInt(QuotedSpeaker::quoteCount).reversed())
                .toList();
    }

    private static QuotedSpeaker row(List<SpeakerView> sayings) {
        SpeakerView first = sayings.get(0);
        // The role is given once, usually where the speaker is introduced; later quotes say only "Maxwell said".
        String role = sayings.stream().map(SpeakerView::description).filter(d -> d != null && !d.isBlank())
                .findFirst().orElse(null);
        String name = sayings.stream().map(SpeakerView::name).max(Comparator.comparingInt(String::length))
                .orElse(first.name());
        return new QuotedSpeaker(name, role, PageLinks.speaker(first), sayings.size());
    }
}
