package io.quotewire.query.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds HTML from a text and the spans to mark in it. Every character of the text is escaped; spans become
 * elements around the escaped segments. Nested spans nest; a span that overlaps another without nesting is split
 * into pieces so the HTML stays well formed (the pieces after the first drop the {@code id}, which must be unique).
 * Spans outside the text or empty are ignored: offsets come from another service and must never break the page.
 */
public final class TextHighlighter {

    // Outer spans first: earlier start, then longer, then the order the caller gave.
    private static final Comparator<IndexedSpan> OUTER_FIRST = Comparator
            .comparingInt((IndexedSpan s) -> s.span().start())
            .thenComparing(s -> s.span().end(), Comparator.reverseOrder())
            .thenComparingInt(IndexedSpan::order);

    private TextHighlighter() {}

    /** The escaped {@code text} with each usable span wrapped in its element. */
    public static String toHtml(String text, List<Span> spans) {
        if (text == null) {
            return "";
        }
        List<IndexedSpan> usable = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).fitsIn(text.length())) {
                usable.add(new IndexedSpan(spans.get(i), i));
            }
        }
        usable.sort(OUTER_FIRST);
        TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, text.length()));
        usable.forEach(s -> {
            boundaries.add(s.span().start());
            boundaries.add(s.span().end());
        });

        StringBuilder out = new StringBuilder(text.length() * 2);
        Deque<IndexedSpan> open = new ArrayDeque<>();
        Iterator<IndexedSpan> starting = usable.iterator();
        IndexedSpan next = starting.hasNext() ? starting.next() : null;
        Integer position = boundaries.first();
        while (position != null) {
            closeEndingAt(position, open, out);
            while (next != null && next.span().start() == position) {
                open.push(next);
                openTag(next.span(), true, out);
                next = starting.hasNext() ? starting.next() : null;
            }
            Integer following = boundaries.higher(position);
            Html.escapeInto(text, position, following == null ? text.length() : following, out);
            position = following;
        }
        return out.toString();
    }

    /** Closes the spans ending here; spans opened inside them that go on are closed too and reopened. */
    private static void closeEndingAt(int position, Deque<IndexedSpan> open, StringBuilder out) {
        if (open.stream().noneMatch(s -> s.span().end() == position)) {
            return;
        }
        Deque<IndexedSpan> goOn = new ArrayDeque<>();
        while (open.stream().anyMatch(s -> s.span().end() == position)) {
            IndexedSpan top = open.pop();
            out.append("</").append(top.span().element()).append('>');
            if (top.span().end() != position) {
                goOn.push(top);
            }
        }
        for (IndexedSpan piece : goOn) {
            open.push(piece);
            openTag(piece.span(), false, out);
        }
    }

    private static void openTag(Span span, boolean first, StringBuilder out) {
        out.append('<').append(span.element());
        for (Map.Entry<String, String> attribute : span.attributes().entrySet()) {
            if (!first && attribute.getKey().equals("id")) {
                continue;
            }
            out.append(' ').append(attribute.getKey()).append("=\"");
            Html.escapeInto(attribute.getValue(), 0, attribute.getValue().length(), out);
            out.append('"');
        }
        out.append('>');
    }

    private record IndexedSpan(Span span, int order) {}
}
