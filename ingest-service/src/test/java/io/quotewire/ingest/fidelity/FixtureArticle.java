package io.quotewire.ingest.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * An article of the fidelity set, split the way publications lay it out.
 *
 * @param name short name, used in file names ("sejong", "harbour")
 * @param cleanText the clean text every rendering must match, as in the .txt
 * @param headline the headline shown above the story (for a text without one, written for its renderings)
 * @param kicker a label above the headline ("[Sejong Commentary] No.2019-26"), or null
 * @param byline the byline's lines, maybe none
 * @param body the story's paragraphs
 * @param published when it was published, ISO-8601
 */
public record FixtureArticle(String name, String cleanText, String headline, String kicker, List<String> byline,
        List<String> body, String published) {

    /** The writer's name: the byline's first line without "By ". */
    public String author() {
        return byline.isEmpty() ? "" : byline.get(0).replaceFirst("^By\\s+", "");
    }

    /** Whether the clean text opens with the headline (the seed of the Maxwell piece does not). */
    public boolean textHasHeadline() {
        return cleanText.startsWith(headline);
    }

    /** The lines above the body in the clean text: headline (when it has one), kicker, byline. */
    public List<String> frontMatter() {
        List<String> lines = new ArrayList<>();
        if (textHasHeadline()) {
            lines.add(headline);
        }
        if (kicker != null) {
            lines.add(kicker);
        }
        lines.addAll(byline);
        return lines;
    }
}
