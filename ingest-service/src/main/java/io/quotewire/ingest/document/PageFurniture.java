package io.quotewire.ingest.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a PDF repeats on its pages rather than says once: page numbers ("3", "Page 3 of 7", "– 3 –") and
 * running headers or footers (a block at the top or bottom of at least half of the pages, digits aside).
 */
final class PageFurniture {

    /** Blocks at each end of a page that may be furniture. */
    private static final int EDGE = 2;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?$|^[-\\u2013\\u2014]\\s*\\d{1,4}\\s*[-\\u2013\\u2014]$");

    private PageFurniture() {}

    /** {@code blocks} (joined to one line each, with their page) without page numbers and running heads. */
    static List<Paged> remove(List<Paged> blocks) {
        Map<Integer, List<Integer>> edgesByPage = edges(blocks);
        Map<String, Set<Integer>> pagesByShape = new HashMap<>();
        edgesByPage.forEach((page, indexes) -> indexes.forEach(
                i -> pagesByShape.computeIfAbsent(shape(blocks.get(i).text()), k -> new HashSet<>()).add(page)));
        int pages = edgesByPage.size();
        Set<Integer> furniture = new HashSet<>();
        edgesByPage.values().forEach(indexes -> indexes.forEach(i -> {
            String text = blocks.get(i).text();
            int repeats = pagesByShape.get(shape(text)).size();
            if (PAGE_NUMBER.matcher(text).matches() || (repeats >= 2 && repeats * 2 >= pages)) {
                furniture.add(i);
            }
        }));
        List<Paged> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!furniture.contains(i)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** For each page, the indexes of its first and last {@value #EDGE} blocks. */
    private static Map<Integer, List<Integer>> edges(List<Paged> blocks) {
        Map<Integer, List<Integer>> onPage = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            onPage.computeIfAbsent(blocks.get(i).page(), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Integer>> edges = new HashMap<>();
        onPage.forEach((page, indexes) -> {
            Set<Integer> ends = new HashSet<>();
            ends.addAll(indexes.subList(0, Math.min(EDGE, indexes.size())));
            ends.addAll(indexes.subList(Math.max(0, indexes.size() - EDGE), indexes.size()));
            edges.put(page, List.copyOf(ends));
        });
        return edges;
    }

    /** A running head's shape: its words in lower case, any number the same ("page 3 of 7" = "page 4 of 7"). */
    private static String shape(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /**
     * A block of a paged document, its lines already joined.
     *
     * @param page the page it is on, from 1
     */
    record Paged(String text, int page) {}
}
