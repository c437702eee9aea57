package io.quotewire.ingest.fidelity;

import io.quotewire.ingest.text.CleanText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page furniture of a rendered page: the text of every element that carries words of its own and is not part of
 * the article (not found in its clean text) — menus, banners, share bars, related headlines, comments, footers.
 */
public final class Boilerplate {

    private Boilerplate() {}

    /** Each furniture block of {@code html}, folded to one line. */
    public static List<String> blocks(String html, String cleanText) {
        Document page = Jsoup.parse(html);
        String story = squash(cleanText);
        Set<String> blocks = new LinkedHashSet<>();
        for (Element element : page.body().getAllElements()) {
            if (element.ownText().isBlank() || element.is("script, style")) {
                continue;
            }
            String text = CleanText.paragraph(element.text());
            if (!text.isEmpty() && !story.contains(squash(text))) {
                blocks.add(text);
            }
        }
        return List.copyOf(blocks);
    }

    /** Lower case, letters and digits only: what "the same words" means when comparing texts. */
    public static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The blocks of {@code blocks} that {@code extracted} still contains: whole for long ones, as a paragraph for short. */
    public static List<String> leftIn(List<String> blocks, String extracted) {
        String squashedText = squash(extracted);
        Set<String> paragraphs = new LinkedHashSet<>();
        CleanText.paragraphs(extracted).forEach(paragraph -> paragraphs.add(squash(paragraph)));
        return blocks.stream()
                .filter(block -> block.split("\\s+").length >= 4 ? squashedText.contains(squash(block))
                        : paragraphs.contains(squash(block)))
                .toList();
    }

    /**
     * The share of {@code extracted}'s characters in lines that are not the article's: a line whose words do not
     * occur in {@code cleanText}.
     */
    public static double share(String extracted, String cleanText) {
        String story = squash(cleanText);
        long all = 0;
        long furniture = 0;
        for (String line : extracted.split("\n")) {
            String squashed = squash(line);
            all += squashed.length();
            if (!squashed.isEmpty() && !story.contains(squashed)) {
                furniture += squashed.length();
            }
        }
        return all == 0 ? 0 : (double) furniture / all;
    }
}
